package dev.skillgap.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket on the loopback address), for the
 * browser tests: every event is kept, so a test can fail on console errors, exceptions and requests.
 */
final class Chromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());

  /** The browser binary: $SKILLGAP_CHROMIUM, else chromium or chromium-browser on the PATH; null if none. */
  static String find() {
    String env = System.getenv("SKILLGAP_CHROMIUM");
    if (env != null && !env.isBlank()) {
      return env;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }

  Chromium(String binary, Path profile, Path log) throws Exception {
    List<String> cmd = List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-dev-shm-usage", "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1400,1000", "about:blank");
    process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!(Files.exists(portFile) && Files.readString(portFile).contains("\n"))) {
      if (!process.isAlive() || System.nanoTime() > until) {
        process.destroyForcibly();
        throw new IOException("Chromium did not start: " + Files.readString(log));
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readString(portFile).lines().findFirst().orElseThrow().trim());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String page = null;
    while (page == null) {
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode t : targets) {
        if ("page".equals(t.path("type").asText())) {
          page = t.path("webSocketDebuggerUrl").asText();
        }
      }
      if (page == null) {
        if (System.nanoTime() > until) {
          throw new IOException("Chromium has no page target");
        }
        Thread.sleep(100);
      }
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(10, TimeUnit.SECONDS);
  }

  /** Sends a DevTools command and waits for its result; throws on a protocol error. */
  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params == null ? JSON.createObjectNode() : params);
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
    JsonNode r = f.get(60, TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IllegalStateException(method + ": " + r.get("error"));
    }
    return r.path("result");
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Evaluates {@code expression} in the page, awaiting a promise, and returns its JSON value. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("evaluating " + expression + ": " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Waits until an event matching {@code p} has arrived. */
  JsonNode await(Predicate<JsonNode> p, Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      synchronized (events) {
        for (JsonNode e : events) {
          if (p.test(e)) {
            return e;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("timed out waiting for an event");
  }

  @Override
  public void close() throws Exception {
    try {
      send("Browser.close", null);
    } catch (Exception e) {
      // the browser may close before it answers
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        try {
          JsonNode m = JSON.readTree(buffer.toString());
          if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
              f.complete(m);
            }
          } else {
            events.add(m);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "test.badMessage").put("text", e.toString()));
        }
        buffer.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
