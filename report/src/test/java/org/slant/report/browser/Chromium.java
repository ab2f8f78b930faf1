package org.slant.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket from the JDK's own HTTP client),
 * recording what a page does: console messages, uncaught exceptions, log entries (CSP violations
 * among them), JavaScript dialogs and every request it makes. Not thread-safe; one page at a time.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private volatile String session;

    /** The chromium binary: {@code $SLANT_CHROMIUM}, else the first of the usual names on the PATH. */
    static Optional<Path> find() {
        String configured = System.getenv("SLANT_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    Chromium(Path binary, Path profile) throws IOException, InterruptedException {
        List<String> cmd = List.of(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile.toAbsolutePath(), "--remote-debugging-port=0", "about:blank");
        process = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int at = line.indexOf("ws://");
                    if (line.startsWith("DevTools listening on") && at >= 0) {
                        endpoint.complete(line.substring(at).strip());
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IOException("chromium exited before opening DevTools"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String ws = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(ws), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("could not connect to chromium's DevTools: " + e, e);
        }
    }

    /** What one page did while it loaded and settled. */
    record Visit(List<String> requests, List<String> console, List<String> exceptions, List<String> log,
                 List<String> dialogs, JsonNode probe) {
    }

    /**
     * Opens {@code url} in a fresh tab, waits for its load event and a short settle time, runs the
     * {@code probe} expression, optionally writes a full-page PNG screenshot, and closes the tab.
     */
    Visit visit(URI url, String probe, Path screenshot) throws IOException, InterruptedException {
        events.clear();
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        try {
            for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
                call(session, domain + ".enable", Map.of());
            }
            call(session, "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            loaded = new CompletableFuture<>();
            events.clear();
            call(session, "Page.navigate", Map.of("url", url.toString()));
            try {
                loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("page did not load: " + url, e);
            }
            Thread.sleep(400);
            JsonNode probed = call(session, "Runtime.evaluate", Map.of("expression", probe, "returnByValue", true))
                    .path("result").path("value");
            if (screenshot != null) {
                JsonNode metrics = call(session, "Page.getLayoutMetrics", Map.of());
                int height = Math.min(6000, (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(900)));
                call(session, "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 1280, "height", Math.max(600, height), "deviceScaleFactor", 1, "mobile", false));
                String png = call(session, "Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
                Files.createDirectories(screenshot.toAbsolutePath().getParent());
                Files.write(screenshot, Base64.getDecoder().decode(png));
            }
            return summarise(probed.isTextual() ? JSON.readTree(probed.asText()) : probed);
        } finally {
            call(null, "Target.closeTarget", Map.of("targetId", target));
            session = null;
        }
    }

    private Visit summarise(JsonNode probed) {
        List<String> requests = new ArrayList<>();
        List<String> console = new ArrayList<>();
        List<String> exceptions = new ArrayList<>();
        List<String> log = new ArrayList<>();
        List<String> dialogs = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
                case "Runtime.consoleAPICalled" -> console.add(p.path("type").asText() + ": " + p.path("args"));
                case "Runtime.exceptionThrown" -> exceptions.add(p.path("exceptionDetails").toString());
                case "Log.entryAdded" -> log.add(p.path("entry").path("level").asText() + ": "
                        + p.path("entry").path("text").asText());
                case "Page.javascriptDialogOpening" -> dialogs.add(p.path("type").asText() + ": "
                        + p.path("message").asText());
                default -> { }
            }
        }
        return new Visit(requests, console, exceptions, log, dialogs, probed);
    }

    private JsonNode call(String sessionId, String method, Map<String, Object> params)
            throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        send(JSON.writeValueAsString(msg));
        try {
            JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IOException(method + " failed: " + r.get("error"));
            }
            return r.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no reply", e);
        } finally {
            pending.remove(id);
        }
    }

    /** One message at a time: the JDK's WebSocket refuses a send while another is in flight. */
    private synchronized void send(String text) {
        socket.sendText(text, true).join();
    }

    private void onMessage(String text) {
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.get(m.get("id").asInt());
            if (f != null) {
                f.complete(m);
            }
            return;
        }
        if (session == null || !session.equals(m.path("sessionId").asText())) {
            return;
        }
        events.add(m);
        String method = m.path("method").asText();
        if (method.equals("Page.loadEventFired")) {
            loaded.complete(null);
        } else if (method.equals("Page.javascriptDialogOpening")) {
            // A dialog blocks the page; dismiss it so loading can finish, keeping the event as evidence.
            ObjectNode msg = JSON.createObjectNode();
            msg.put("id", ids.incrementAndGet());
            msg.put("method", "Page.handleJavaScriptDialog");
            msg.put("sessionId", session);
            msg.putObject("params").put("accept", true);
            send(msg.toString());
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                onMessage(text);
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The browser is being stopped anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
