package dev.filmgen.storage.oss;

import com.aliyun.oss.common.utils.CRC64;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.filmgen.storage.internal.PathCodec;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stateful OSS fake on WireMock: one bucket, path-style URLs, V1 signatures (header and presigned) checked,
 * PutObject / GetObject / HeadObject / DeleteObject and the multipart calls answered as OSS documents them,
 * CRC64 and ETag headers, and XML error bodies. Object bytes live in files, so a 50 MB object costs no heap.
 * Tests add their own higher-priority stubs to inject failures.
 */
public final class OssFake implements ResponseTransformerV2, AutoCloseable {

    static final String NAME = "oss-fake";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private record Obj(Path file, String contentType, String etag, long size, long crc) {
    }

    private record Part(Path file, String etag, long size, long crc) {
    }

    private record Upload(String key, String contentType, Map<Integer, Part> parts) {
    }

    private final String bucket;
    private final String accessKeyId;
    private final String secret;
    private final Path dir;
    private final WireMockServer server;
    private final Map<String, Obj> objects = new ConcurrentHashMap<>();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong ids = new AtomicLong();

    public OssFake(String bucket, String accessKeyId, String secret, Path dir) {
        this.bucket = bucket;
        this.accessKeyId = accessKeyId;
        this.secret = secret;
        this.dir = dir;
        this.server = new WireMockServer(options().dynamicPort().extensions(this)
                .disableRequestJournal().gzipDisabled(true));
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(NAME)));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    WireMockServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    /** OSS operations served, in order (PutObject, UploadPart, ...). */
    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Keys stored in the bucket. */
    Map<String, Long> objectSizes() {
        Map<String, Long> sizes = new TreeMap<>();
        objects.forEach((k, o) -> sizes.put(k, o.size()));
        return sizes;
    }

    /** Multipart uploads begun and neither completed nor aborted. */
    int openUploads() {
        return uploads.size();
    }

    @Override
    public void close() {
        server.stop();
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
        try {
            return handle(event.getRequest());
        } catch (Exception e) {
            return error(500, "InternalError", "fake failed: " + e, null, false);
        }
    }

    private Response handle(Request req) throws Exception {
        String url = req.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = parseQuery(q < 0 ? "" : url.substring(q + 1));
        boolean head = "HEAD".equals(req.getMethod().getName());
        int slash = path.indexOf('/', 1);
        String bucketName = slash < 0 ? path.substring(1) : path.substring(1, slash);
        if (!bucket.equals(bucketName)) {
            return error(404, "NoSuchBucket", "The specified bucket does not exist.", null, head);
        }
        Optional<String> decoded = PathCodec.decodeKey(slash < 0 ? "" : path.substring(slash + 1));
        if (decoded.isEmpty() || decoded.get().isEmpty()) {
            return error(400, "InvalidObjectName", "The specified object is not valid.", null, head);
        }
        String key = decoded.get();
        Response denied = authenticate(req, key, query, head);
        if (denied != null) {
            return denied;
        }
        switch (req.getMethod().getName()) {
            case "PUT":
                return query.containsKey("uploadId") ? uploadPart(req, key, query) : putObject(req, key);
            case "POST":
                if (query.containsKey("uploads")) {
                    return initiate(req, key, query);
                }
                return complete(req, key, query);
            case "DELETE":
                if (query.containsKey("uploadId")) {
                    calls.add("AbortMultipartUpload");
                    uploads.remove(query.get("uploadId"));
                    return ok(204, headers()).build();
                }
                calls.add("DeleteObject");
                Obj removed = objects.remove(key);
                if (removed != null) {
                    Files.deleteIfExists(removed.file());
                }
                return ok(204, headers()).build();
            case "GET":
            case "HEAD":
                return read(key, head);
            default:
                return error(405, "MethodNotAllowed", "The specified method is not allowed.", key, head);
        }
    }

    private Response authenticate(Request req, String key, Map<String, String> query, boolean head) {
        if (query.containsKey("Signature")) {
            String expires = query.getOrDefault("Expires", "");
            if (!accessKeyId.equals(query.get("OSSAccessKeyId"))) {
                return error(403, "InvalidAccessKeyId", "The OSS Access Key Id you provided does not exist.", key, head);
            }
            if (!expires.matches("\\d+") || Long.parseLong(expires) < Instant.now().getEpochSecond()) {
                return error(403, "AccessDenied", "Request has expired.", key, head);
            }
            String toSign = OssV1Signature.stringToSign(req, bucket, key, query, expires, true);
            return check(query.get("Signature"), toSign, key, head);
        }
        String auth = req.getHeader("Authorization");
        if (auth == null || !auth.startsWith("OSS ") || auth.indexOf(':') < 0) {
            return error(403, "AccessDenied", "You have no right to access this object.", key, head);
        }
        if (!accessKeyId.equals(auth.substring(4, auth.lastIndexOf(':')))) {
            return error(403, "InvalidAccessKeyId", "The OSS Access Key Id you provided does not exist.", key, head);
        }
        String toSign = OssV1Signature.stringToSign(req, bucket, key, query, req.getHeader("Date"), false);
        return check(auth.substring(auth.lastIndexOf(':') + 1), toSign, key, head);
    }

    private Response check(String signature, String toSign, String key, boolean head) {
        if (OssV1Signature.sign(secret, toSign).equals(signature)) {
            return null;
        }
        return error(403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match. StringToSign: " + toSign.replace("\n", "\\n"),
                key, head);
    }

    private Response putObject(Request req, String key) throws IOException {
        calls.add("PutObject");
        Stored stored = store(req.getBody());
        String type = Optional.ofNullable(req.getHeader("Content-Type")).orElse("application/octet-stream");
        replace(key, new Obj(stored.file, type, stored.etag, stored.size, stored.crc));
        return ok(200, headers().plus(new HttpHeader("ETag", quoted(stored.etag)),
                crcHeader(stored.crc))).build();
    }

    private Response initiate(Request req, String key, Map<String, String> query) {
        calls.add("InitiateMultipartUpload");
        String uploadId = String.format("%032X", ids.incrementAndGet() * 7919 + 0xABCDEF);
        String type = Optional.ofNullable(req.getHeader("Content-Type")).orElse("application/octet-stream");
        uploads.put(uploadId, new Upload(key, type, new ConcurrentHashMap<>()));
        return xml(200, "<InitiateMultipartUploadResult>" + encodingType(query) + "<Bucket>" + bucket + "</Bucket>"
                + "<Key>" + xmlKey(key, query) + "</Key><UploadId>" + uploadId + "</UploadId>"
                + "</InitiateMultipartUploadResult>").build();
    }

    private Response uploadPart(Request req, String key, Map<String, String> query) throws IOException {
        calls.add("UploadPart");
        Upload upload = uploads.get(query.get("uploadId"));
        if (upload == null || !upload.key().equals(key)) {
            return error(404, "NoSuchUpload", "The specified upload does not exist.", key, false);
        }
        int number = Integer.parseInt(query.getOrDefault("partNumber", "0"));
        if (number < 1 || number > 10_000) {
            return error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000.", key, false);
        }
        Stored stored = store(req.getBody());
        upload.parts().put(number, new Part(stored.file, stored.etag, stored.size, stored.crc));
        return ok(200, headers().plus(new HttpHeader("ETag", quoted(stored.etag)),
                crcHeader(stored.crc))).build();
    }

    private Response complete(Request req, String key, Map<String, String> query) throws Exception {
        calls.add("CompleteMultipartUpload");
        Upload upload = uploads.get(query.get("uploadId"));
        if (upload == null || !upload.key().equals(key)) {
            return error(404, "NoSuchUpload", "The specified upload does not exist.", key, false);
        }
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(req.getBody())).getDocumentElement();
        NodeList parts = root.getElementsByTagName("Part");
        Path file = dir.resolve("obj-" + ids.incrementAndGet());
        MessageDigest md5s = MessageDigest.getInstance("MD5");
        long size = 0;
        CRC64 crc = new CRC64();
        int previous = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < parts.getLength(); i++) {
                Element p = (Element) parts.item(i);
                int number = Integer.parseInt(text(p, "PartNumber"));
                Part part = upload.parts().get(number);
                if (number <= previous) {
                    return error(400, "InvalidPartOrder", "The list of parts was not in ascending order.", key, false);
                }
                if (part == null || !quoted(part.etag()).equals(text(p, "ETag")) && !part.etag().equals(text(p, "ETag"))) {
                    return error(400, "InvalidPart", "One or more of the specified parts could not be found.", key, false);
                }
                if (part.size() < 100 * 1024 && i < parts.getLength() - 1) {
                    return error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum.", key, false);
                }
                previous = number;
                try (InputStream in = Files.newInputStream(part.file())) {
                    byte[] bytes = in.readAllBytes();
                    out.write(bytes);
                    crc.update(bytes, bytes.length);
                }
                md5s.update(HexFormat.of().parseHex(part.etag()));
                size += part.size();
            }
        }
        uploads.remove(query.get("uploadId"));
        String etag = HexFormat.of().withUpperCase().formatHex(md5s.digest()) + "-" + parts.getLength();
        replace(key, new Obj(file, upload.contentType(), etag, size, crc.getValue()));
        Response.Builder r = xml(200, "<CompleteMultipartUploadResult>" + encodingType(query)
                + "<Location>http://127.0.0.1:" + port() + "/" + bucket + "/" + xmlKey(key, query) + "</Location>"
                + "<Bucket>" + bucket + "</Bucket><Key>" + xmlKey(key, query) + "</Key>"
                + "<ETag>" + quoted(etag) + "</ETag></CompleteMultipartUploadResult>", crcHeader(crc.getValue()));
        return r.build();
    }

    private Response read(String key, boolean head) {
        calls.add(head ? "HeadObject" : "GetObject");
        Obj obj = objects.get(key);
        if (obj == null) {
            return error(404, "NoSuchKey", "The specified key does not exist.", key, head);
        }
        HttpHeaders h = headers().plus(new HttpHeader("Content-Type", obj.contentType()),
                new HttpHeader("Content-Length", Long.toString(obj.size())),
                new HttpHeader("ETag", quoted(obj.etag())),
                new HttpHeader("Last-Modified", HTTP_DATE.format(Instant.now())),
                crcHeader(obj.crc()));
        Response.Builder r = ok(200, h);
        if (!head) {
            r.body(() -> {
                try {
                    return Files.newInputStream(obj.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return r.build();
    }

    private record Stored(Path file, String etag, long size, long crc) {
    }

    private Stored store(byte[] body) throws IOException {
        Path file = dir.resolve("obj-" + ids.incrementAndGet());
        Files.write(file, body);
        CRC64 crc = new CRC64();
        crc.update(body, body.length);
        try {
            String etag = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(body));
            return new Stored(file, etag, body.length, crc.getValue());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void replace(String key, Obj obj) throws IOException {
        Obj old = objects.put(key, obj);
        if (old != null && !old.file().equals(obj.file())) {
            Files.deleteIfExists(old.file());
        }
    }

    private HttpHeaders headers() {
        return new HttpHeaders(new HttpHeader("x-oss-request-id", requestId()),
                new HttpHeader("Server", "AliyunOSS"), new HttpHeader("Date", HTTP_DATE.format(Instant.now())));
    }

    private String requestId() {
        return String.format("5F%022X", ids.incrementAndGet());
    }

    private static Response.Builder ok(int status, HttpHeaders headers) {
        return Response.response().status(status).headers(headers);
    }

    private Response.Builder xml(int status, String body, HttpHeader... extra) {
        HttpHeaders h = headers().plus(new HttpHeader("Content-Type", "application/xml"));
        for (HttpHeader e : extra) {
            h = h.plus(e);
        }
        return ok(status, h).body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body);
    }

    /** An OSS XML error; a HEAD answer has no body and carries the XML base64-encoded in {@code x-oss-err}. */
    Response error(int status, String code, String message, String key, boolean head) {
        HttpHeaders base = headers();
        String requestId = base.getHeader("x-oss-request-id").firstValue();
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + escape(message) + "</Message><RequestId>" + requestId + "</RequestId><HostId>127.0.0.1</HostId>"
                + (key == null ? "" : "<Key>" + escape(key) + "</Key>") + "</Error>";
        if (head) {
            String encoded = java.util.Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
            return ok(status, base.plus(new HttpHeader("x-oss-err", encoded))).build();
        }
        return ok(status, base.plus(new HttpHeader("Content-Type", "application/xml")))
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
    }

    /** The XML error body OSS sends, for tests that stub failures by hand. */
    static String errorXml(String code, String message, String requestId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>" + requestId + "</RequestId><HostId>127.0.0.1</HostId></Error>";
    }

    private static HttpHeader crcHeader(long crc) {
        return new HttpHeader("x-oss-hash-crc64ecma", Long.toUnsignedString(crc));
    }

    private static String encodingType(Map<String, String> query) {
        return "url".equals(query.get("encoding-type")) ? "<EncodingType>url</EncodingType>" : "";
    }

    private static String xmlKey(String key, Map<String, String> query) {
        return "url".equals(query.get("encoding-type")) ? PathCodec.encodeKey(key) : escape(key);
    }

    private static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }
}
