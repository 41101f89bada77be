/**
 * The Spark batch jobs. Jobs only read, map with the plain-Java functions of the libraries, and
 * write; all logic lives outside Spark and is tested without it.
 */
package dev.skillgap.pipeline;
