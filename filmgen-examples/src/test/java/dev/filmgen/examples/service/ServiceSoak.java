package dev.filmgen.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.examples.client.AgentScopeClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Soak benchmark of the HTTP service (issue 11): the real service in a child JVM with the offline models, while
 * {@code --films} sessions each make a whole film concurrently, {@code --slow} connections trickle their headers
 * (reopened whenever the service cuts them) and {@code --hostile} bad requests a second arrive (traversal, wrong
 * types, doubled signatures, oversized and broken bodies, private photo URLs), for at most {@code --minutes}.
 * Samples the child's RSS and thread count from {@code /proc} and {@code /health} latency every 100 ms; prints
 * {@code soak: films=16/16 failed=0 health_p99_ms=… threads_max=… rss_max_mb=… work_root_after_mb=…} and a
 * detail line. Linux only. Run:
 * <pre>
 * mvn -B -q -o -pl filmgen-examples -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   -Dmdep.includeScope=test
 * java -cp "filmgen-examples/target/test-classes:filmgen-examples/target/classes:$(cat filmgen-examples/target/cp.txt)" \
 *   dev.filmgen.examples.service.ServiceSoak --films 16 --slow 500 --hostile 20 --minutes 15
 * </pre>
 */
public final class ServiceSoak {
    private final int films;
    private final int slow;
    private final int hostilePerSecond;
    private final Duration limit;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Long> healthMicros = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong rssMaxKb = new AtomicLong();
    private final AtomicLong threadsMax = new AtomicLong();
    private final AtomicInteger slowCut = new AtomicInteger();
    private final AtomicInteger hostileSent = new AtomicInteger();
    private final AtomicInteger hostileUnexpected = new AtomicInteger();
    private final AtomicReference<String> firstUnexpected = new AtomicReference<>();

    private ServiceSoak(int films, int slow, int hostilePerSecond, Duration limit) {
        this.films = films;
        this.slow = slow;
        this.hostilePerSecond = hostilePerSecond;
        this.limit = limit;
    }

    public static void main(String[] args) throws Exception {
        int films = 16;
        int slow = 500;
        int hostile = 20;
        int minutes = 15;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int v = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--films" -> films = v;
                case "--slow" -> slow = v;
                case "--hostile" -> hostile = v;
                case "--minutes" -> minutes = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new ServiceSoak(films, slow, hostile, Duration.ofMinutes(minutes)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path home = Files.createTempDirectory("filmgen-soak-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process service = startService(home, port);
        try {
            waitHealthy(port);
            Thread.sleep(3000);
            long rssIdleKb = proc(service.pid(), "VmRSS");
            long threadsIdle = proc(service.pid(), "Threads");
            ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
            timers.scheduleAtFixedRate(() -> sample(service.pid()), 0, 200, TimeUnit.MILLISECONDS);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            timers.scheduleWithFixedDelay(() -> probeHealth(http, port), 0, 100, TimeUnit.MILLISECONDS);
            ExecutorService hostile = Executors.newFixedThreadPool(8);
            AtomicInteger kind = new AtomicInteger();
            timers.scheduleAtFixedRate(() -> hostile.submit(() -> hostile(port, kind.getAndIncrement())), 0,
                    1_000_000 / hostilePerSecond, TimeUnit.MICROSECONDS);
            Thread slowThread = new Thread(() -> slowClients(port), "soak-slow");
            slowThread.setDaemon(true);
            slowThread.start();

            long t0 = System.nanoTime();
            ExecutorService makers = Executors.newFixedThreadPool(films);
            List<Future<Boolean>> made = new ArrayList<>();
            AgentScopeClient client = new AgentScopeClient(URI.create("http://127.0.0.1:" + port + "/process"), null);
            for (int i = 0; i < films; i++) {
                String session = "soak-" + i;
                String topic = "百炼椰汁 " + i;
                made.add(makers.submit(() -> film(client, session, topic)));
            }
            int ok = 0;
            long deadline = t0 + limit.toNanos();
            for (Future<Boolean> f : made) {
                try {
                    if (f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                        ok++;
                    }
                } catch (Exception e) {
                    System.err.println("soak: a film failed: " + e);
                }
            }
            long filmSeconds = (System.nanoTime() - t0) / 1_000_000_000L;
            running.set(false);
            makers.shutdownNow();
            timers.shutdownNow();
            hostile.shutdownNow();
            slowThread.join(10_000);
            Thread.sleep(2000);
            double workIdleMb = sizeMb(home.resolve("work"));
            service.destroy(); // SIGTERM: the shutdown hook closes the service and the setup
            service.waitFor(60, TimeUnit.SECONDS);
            double workAfterMb = sizeMb(home.resolve("work"));
            List<Long> h = new ArrayList<>(healthMicros);
            Collections.sort(h);
            double p99 = h.isEmpty() ? -1 : h.get((int) Math.min(h.size() - 1, Math.ceil(h.size() * 0.99) - 1))
                    / 1000.0;
            double p50 = h.isEmpty() ? -1 : h.get(h.size() / 2) / 1000.0;
            System.out.printf(Locale.ROOT, "soak: films=%d/%d failed=%d health_p99_ms=%.1f threads_max=%d"
                            + " rss_max_mb=%d work_root_after_mb=%.2f%n", ok, films, films - ok, p99, threadsMax.get(),
                    rssMaxKb.get() / 1024, workAfterMb);
            System.out.printf(Locale.ROOT, "soak detail: film_seconds=%d health_p50_ms=%.1f health_samples=%d"
                            + " rss_idle_mb=%d threads_idle=%d work_root_idle_mb=%.2f slow=%d slow_cut=%d"
                            + " hostile_sent=%d hostile_unexpected=%d%s%n", filmSeconds, p50, h.size(),
                    rssIdleKb / 1024, threadsIdle, workIdleMb, slow, slowCut.get(), hostileSent.get(),
                    hostileUnexpected.get(), firstUnexpected.get() == null ? "" : " first_unexpected="
                            + firstUnexpected.get());
        } finally {
            service.destroyForcibly();
        }
    }

    private static Process startService(Path home, int port) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), FilmServiceMain.class.getName(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--data-dir", home.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("service.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DASHSCOPE") || k.startsWith("OSS_")
                || k.startsWith("FILMGEN_"));
        pb.environment().put("FILMGEN_LINK_SECRET", "soak-secret-0123456789abcdef");
        return pb.start();
    }

    private static void waitHealthy(int port) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (RawHttp.exchange(port, RawHttp.request("GET", "/health", "", null)).status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not start");
    }

    private boolean film(AgentScopeClient client, String session, String topic) {
        JsonNode topicDone = client.send(session, "Topic", topic, null, e -> { });
        if (!"completed".equals(topicDone.path("status").asText())) {
            return false;
        }
        AtomicReference<String> video = new AtomicReference<>();
        JsonNode last = client.send(session, "message", "一键成片", null, e -> {
            for (JsonNode c : e.path("content")) {
                if (c.path("data").has("video_url")) {
                    video.set(c.path("data").path("video_url").asText());
                }
            }
        });
        return "completed".equals(last.path("status").asText()) && video.get() != null;
    }

    private void sample(long pid) {
        try {
            rssMaxKb.accumulateAndGet(proc(pid, "VmRSS"), Math::max);
            threadsMax.accumulateAndGet(proc(pid, "Threads"), Math::max);
        } catch (IOException | RuntimeException e) {
            // the process ended
        }
    }

    private void probeHealth(HttpClient http, int port) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/health")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                healthMicros.add((System.nanoTime() - t) / 1000);
                return;
            }
        } catch (IOException e) {
            // counted as slow below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        healthMicros.add(10_000_000L); // a failed probe counts as 10 s
    }

    /** Keeps {@link #slow} connections sending one header byte every two seconds; reopens those that are cut. */
    private void slowClients(int port) {
        Socket[] sockets = new Socket[slow];
        while (running.get()) {
            for (int i = 0; i < sockets.length && running.get(); i++) {
                try {
                    if (sockets[i] == null) {
                        sockets[i] = RawHttp.connect(port, 1);
                        sockets[i].getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: "
                                .getBytes(StandardCharsets.US_ASCII));
                    } else {
                        OutputStream out = sockets[i].getOutputStream();
                        out.write('a');
                        out.flush();
                    }
                } catch (IOException e) {
                    slowCut.incrementAndGet();
                    close(sockets[i]);
                    sockets[i] = null;
                }
            }
            sleep(2000);
        }
        for (Socket s : sockets) {
            close(s);
        }
    }

    private void hostile(int port, int n) {
        hostileSent.incrementAndGet();
        String body = "{\"session_id\":\"hostile-" + (n % 50) + "\",\"input\":[{\"type\":\"Topic\",\"role\":\"user\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"x\"},{\"type\":\"image\",\"image_url\":"
                + "\"http://169.254.169.254/latest/meta-data\"}]}]}";
        String[][] cases = {
            {RawHttp.request("GET", "/files/../sessions/soak-0.json", "", null), "!200"},
            {RawHttp.request("GET", "/files/soak-0/film/film.mp4?expires=9999999999&sig=AAAA&sig=BBBB", "", null),
                "403"},
            {RawHttp.request("POST", "/process", "Content-Type: text/plain\r\n", body), "415"},
            {RawHttp.request("POST", "/process", "Content-Type: application/json\r\n", "{\"session_id\":"), "200"},
            {RawHttp.request("POST", "/process", "Content-Type: application/json\r\n", body), "200"},
            {"POST /process HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n{", "200"},
            {RawHttp.request("GET", "/%2e%2e/%2e%2e/etc/passwd", "", null), "!200"},
        };
        String[] c = cases[n % cases.length];
        try {
            int status = RawHttp.exchange(port, c[0]).status();
            boolean expected = c[1].startsWith("!") ? status != Integer.parseInt(c[1].substring(1))
                    : status == Integer.parseInt(c[1]);
            if (!expected) {
                hostileUnexpected.incrementAndGet();
                firstUnexpected.compareAndSet(null, status + "@case" + (n % cases.length));
            }
        } catch (IOException | RuntimeException e) {
            hostileUnexpected.incrementAndGet();
            firstUnexpected.compareAndSet(null, e.getClass().getSimpleName() + "@case" + (n % cases.length));
        }
    }

    private static long proc(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IOException("no " + field + " for " + pid);
    }

    private static double sizeMb(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock"))
                    .mapToLong(p -> p.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }

    private static void close(Socket s) {
        try {
            if (s != null) {
                s.close();
            }
        } catch (IOException e) {
            // closing
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
