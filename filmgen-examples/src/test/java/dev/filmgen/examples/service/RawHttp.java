package dev.filmgen.examples.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a plain socket, byte for byte, for what {@code java.net.http} will not send (or sends too well). */
final class RawHttp {
    private RawHttp() {
    }

    /** A response: its status code, its header block and its body as text (chunk framing left in). */
    record Answer(int status, String headers, String body) {
        /** The value of header {@code name}, or null. */
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** A connected socket with a read timeout of {@code readTimeoutMillis}. */
    static Socket connect(int port, int readTimeoutMillis) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(readTimeoutMillis);
        return s;
    }

    /** Sends {@code request} as is on a new connection and reads the answer until the server closes it. */
    static Answer exchange(int port, String request) throws IOException {
        try (Socket s = connect(port, 20_000)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return parse(readAll(s.getInputStream()));
        }
    }

    /** A request with {@code Connection: close}, the given extra header lines (each ending in CRLF) and body. */
    static String request(String method, String path, String headerLines, String body) {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headerLines
                + (body == null ? "" : "Content-Length: " + b.length + "\r\n") + "\r\n" + (body == null ? "" : body);
    }

    /** Whether the server closed {@code s} (end of stream or reset) before {@code millis} passed. */
    static boolean closedWithin(Socket s, long millis) throws IOException {
        long end = System.nanoTime() + millis * 1_000_000;
        InputStream in = s.getInputStream();
        byte[] buf = new byte[4096];
        while (System.nanoTime() < end) {
            try {
                if (in.read(buf) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                // still open: keep waiting
            } catch (IOException e) {
                return true; // reset
            }
        }
        return false;
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            if (out.size() == 0) {
                throw e;
            }
        }
        return out.toByteArray();
    }

    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new AssertionError("not an HTTP answer: " + text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        return new Answer(status, text.substring(0, end), text.substring(end + 4));
    }
}
