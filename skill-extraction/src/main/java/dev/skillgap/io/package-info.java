/**
 * Reading the files skillgap ingests: RFC 4180 CSV with record line numbers, gzip transparency and
 * strict character decoding, so that every bad record can be reported by file, line and reason;
 * column mappings for users' CSV headers; repair of mojibake ({@link dev.skillgap.io.Mojibake}) and
 * removal of contact details ({@link dev.skillgap.io.PersonalData}) from text as it is read.
 */
package dev.skillgap.io;
