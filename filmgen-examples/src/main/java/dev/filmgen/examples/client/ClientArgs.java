package dev.filmgen.examples.client;

/**
 * The clients' command line: {@code [--url U] [--session ID] [--image URL] "theme"}.
 *
 * @param url the service's {@code /process} URL (default {@code http://localhost:8080/process})
 * @param session the session id (default a fresh {@code client-<time>})
 * @param image a product photo URL, or null
 * @param text the product theme
 */
record ClientArgs(String url, String session, String image, String text) {

    static ClientArgs parse(String[] args, String program) {
        String url = "http://localhost:8080/process";
        String session = "client-" + System.currentTimeMillis();
        String image = null;
        String text = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--url") || a.equals("--session") || a.equals("--image")) && i + 1 < args.length) {
                String v = args[++i];
                if (a.equals("--url")) {
                    url = v;
                } else if (a.equals("--session")) {
                    session = v;
                } else {
                    image = v;
                }
            } else if (a.startsWith("--") || text != null) {
                usage(program, "unexpected argument '" + a + "'");
            } else {
                text = a;
            }
        }
        if (text == null || text.isBlank()) {
            usage(program, "the product theme is missing");
        }
        return new ClientArgs(url, session, image, text);
    }

    private static void usage(String program, String problem) {
        System.err.println(program + ": " + problem);
        System.err.println("usage: " + program + " [--url http://host:8080/process] [--session ID] [--image URL] \"theme\"");
        System.exit(2);
    }
}
