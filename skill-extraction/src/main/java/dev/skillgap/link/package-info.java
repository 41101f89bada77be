/**
 * Semantic linking infrastructure: a batched sentence encoder for all-MiniLM-L6-v2 (int8 ONNX,
 * from the langchain4j model jar) over onnxruntime and the DJL HuggingFace tokenizer, a bounded
 * phrase-to-vector {@link dev.skillgap.link.EmbeddingCache} (over the {@link
 * dev.skillgap.cache.StripedLruCache} the extractor's caches share), and a {@link
 * dev.skillgap.link.LabelVectorIndex} that keeps the ESCO labels' vectors in a Lucene HNSW index on
 * disk and answers nearest-label queries (HNSW candidates re-ranked exactly, or brute force).
 * The fast path's counterparts: {@link dev.skillgap.link.StaticEncoder} (a static word-piece table
 * distilled from the same model, made by {@code dev.skillgap.distil}), MiniLM's tokenizer in plain
 * Java ({@link dev.skillgap.link.WordPieceTokenizer}) and an in-memory nearest-label search in the
 * static space ({@link dev.skillgap.link.StaticLabelIndex}). Nothing here touches the network; each
 * model is loaded once by whoever constructs it and passed around.
 */
package dev.skillgap.link;
