/**
 * Semantic linking infrastructure: a batched sentence encoder for all-MiniLM-L6-v2 (int8 ONNX,
 * from the langchain4j model jar) over onnxruntime and the DJL HuggingFace tokenizer, a bounded
 * phrase-to-vector {@link dev.skillgap.link.EmbeddingCache} (over the {@link
 * dev.skillgap.cache.StripedLruCache} the extractor's caches share), and a {@link
 * dev.skillgap.link.LabelVectorIndex} that keeps the ESCO labels' vectors in a Lucene HNSW index on
 * disk and answers nearest-label queries (HNSW candidates re-ranked exactly, or brute force).
 * Nothing here touches the network; the model is loaded once by whoever constructs {@link
 * dev.skillgap.link.SentenceEncoder} and passed around.
 */
package dev.skillgap.link;
