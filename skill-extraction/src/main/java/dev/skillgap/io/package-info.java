/**
 * Reading the files skillgap ingests: RFC 4180 CSV with record line numbers, gzip transparency and
 * strict character decoding, so that every bad record can be reported by file, line and reason.
 */
package dev.skillgap.io;
