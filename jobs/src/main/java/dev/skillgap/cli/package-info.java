/**
 * The {@code skillgap} command line: one picocli root with a subcommand per job. Only this
 * package exits the JVM; everything below it throws.
 */
package dev.skillgap.cli;
