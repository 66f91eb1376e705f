package dev.techgraph.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a sentence states a fact or denies it. A negative fact is never answered as a positive one. */
public enum Polarity {
    POSITIVE,
    NEGATIVE;

    /** The value stored in the {@code polarity} property. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Polarity flip() {
        return this == POSITIVE ? NEGATIVE : POSITIVE;
    }

    public static Optional<Polarity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "positive", "pos", "+" -> Optional.of(POSITIVE);
            case "negative", "neg", "-" -> Optional.of(NEGATIVE);
            default -> Optional.empty();
        };
    }
}
