/**
 * Seeded synthetic inputs for scale tests: job postings of about 3 KB built from the sample
 * postings' own sentences and from taxonomy labels of the posting's occupation, learners with CVs,
 * declared skills and target roles, and a credential catalogue aligned to demanded skills. The
 * same seed and sizes always give byte-identical files.
 */
package dev.skillgap.synth;
