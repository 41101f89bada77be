/**
 * Bounded, thread-safe caches that the extraction steps and the role resolver share across threads:
 * {@link dev.skillgap.cache.StripedLruCache}, a lock-striped LRU map from string keys, and {@link
 * dev.skillgap.cache.CacheStats}, the hit and miss counters the benchmarks print. Postings repeat
 * their boilerplate, phrases and job titles, so these turn repeated work into lookups; every cached
 * value is a pure function of its key, so a hit returns exactly what computing would.
 */
package dev.skillgap.cache;
