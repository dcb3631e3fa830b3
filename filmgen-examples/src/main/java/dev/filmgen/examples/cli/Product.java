package dev.filmgen.examples.cli;

/**
 * One row of a batch's products CSV, checked.
 *
 * @param row the row's number, 1 for the first line after the header
 * @param id the {@code id} column, or the row number; names the film file
 * @param topic the product theme
 * @param image a product photo: an http(s) URL, or a {@code file:} URI of a checked picture; or null
 * @param boards most boards, or null for the default
 * @param roles most characters, or null
 * @param aspect {@code 16:9}, {@code 9:16} or {@code 1:1}, or null
 * @param seed seed, or null
 * @param problem why the row cannot be made, or null when it can
 */
record Product(int row, String id, String topic, String image, Integer boards, Integer roles, String aspect,
               Long seed, String problem) {

    boolean valid() {
        return problem == null;
    }

    /** The film's file name in the output folder. */
    String fileName() {
        return id + ".mp4";
    }
}
