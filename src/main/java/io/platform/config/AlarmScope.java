package io.platform.config;

/** What one built-in alarm is declared for: the stack once, or each thing of a kind it declares. */
public enum AlarmScope {
    STACK("the stack"),
    SERVICE("each service"),
    PUBLIC_SERVICE("each public service"),
    REPLICA("each read replica"),
    REDIS_NODE("each Redis node"),
    FRONT_END("each front end"),
    REPLICATED_BUCKET("each replicated bucket");

    private final String words;

    AlarmScope(String words) {
        this.words = words;
    }

    /** For the README's alarm table. */
    public String words() {
        return words;
    }
}
