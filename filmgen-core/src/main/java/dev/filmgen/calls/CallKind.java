package dev.filmgen.calls;

/** The kinds of paid or slow work a turn does, counted in {@link CallCounts}. */
public enum CallKind { TEXT, IMAGE, VIDEO, SPEECH, VISION, COMPOSE }
