package dev.filmgen.domain;

/**
 * A character of the ad.
 *
 * @param name the name used in boards and lines
 * @param look face, age, build, hair (≤ 30 CJK characters or about 15 words)
 * @param clothes what they wear
 * @param setting where they are usually seen
 */
public record Role(String name, String look, String clothes, String setting) {
}
