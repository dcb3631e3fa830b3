package dev.filmgen.storage.oss.bench;

import dev.filmgen.testing.kit.GeneratedStream;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.oss.OssFake;
import dev.filmgen.storage.oss.OssStorage;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints put/get throughput and heap growth of both stores for a 200 MB object (OSS against the loopback fake,
 * so the OSS figure is bounded by the WireMock fake, not the network). Run from the repository root:
 * {@code mvn -o -q -pl filmgen-core,filmgen-storage-oss package -DskipTests dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test} then
 * {@code java -cp "$(cat /tmp/cp.txt):filmgen-storage-oss/target/classes:filmgen-storage-oss/target/test-classes"
 * dev.filmgen.storage.oss.bench.StorageBench}
 */
public final class StorageBench {

    private static final long SIZE = 200L << 20;

    private StorageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("storage-bench");
        try (Storage local = LocalStorage.builder().root(tmp.resolve("local")).build()) {
            run("local", local);
        }
        Files.createDirectories(tmp.resolve("fake"));
        try (OssFake fake = new OssFake("bench-bucket", "ak", "bench-secret", tmp.resolve("fake"));
             Storage oss = OssStorage.builder().endpoint("http://127.0.0.1:" + fake.port()).accessKeyId("ak")
                     .accessKeySecret("bench-secret").bucket("bench-bucket").directory("bench").build()) {
            run("oss (fake, 16 MiB threshold, 8 MiB parts)", oss);
        }
    }

    private static void run(String name, Storage storage) throws Exception {
        long baseline = GeneratedStream.usedHeapAfterGc();
        long[] growth = {0};
        GeneratedStream source = GeneratedStream.of(SIZE, 1).probeEvery(32L << 20,
                pos -> growth[0] = Math.max(growth[0], GeneratedStream.usedHeapAfterGc() - baseline));
        long t0 = System.nanoTime();
        storage.put("bench/object.bin", source, SIZE, "application/octet-stream");
        long t1 = System.nanoTime();
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = storage.open("bench/object.bin")) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
            }
        }
        long t2 = System.nanoTime();
        System.out.printf("%-45s put %7.1f MB/s  get %7.1f MB/s  heap growth during put %4d MB  (%d MB read back)%n",
                name, mbps(SIZE, t1 - t0), mbps(read, t2 - t1), growth[0] >> 20, read >> 20);
    }

    private static double mbps(long bytes, long nanos) {
        return bytes / 1048576.0 / (nanos / 1e9);
    }
}
