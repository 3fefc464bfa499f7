package io.platform.security;

/**
 * One allowed connection between two security groups of the stack, as data: {@code from} opens TCP
 * to {@code to} on {@code port}. {@link WorkloadGroups} renders each flow as the egress rule on
 * {@code from}'s group and the ingress rule on {@code to}'s, so the two sides never disagree.
 *
 * <p>Peers are {@code service:<name>}, {@code function:<name>}, {@code instance:<name>}, or the
 * fixed groups {@code alb}, {@code database} and {@code redis}.
 */
public record Flow(String from, String to, int port, String why) {
    public static final String ALB = "alb";
    public static final String DATABASE = "database";
    public static final String REDIS = "redis";

    public static String service(String name) {
        return "service:" + name;
    }

    public static String function(String name) {
        return "function:" + name;
    }

    public static String instance(String name) {
        return "instance:" + name;
    }

    /** A peer's part of a resource name: {@code orders-svc}, {@code notifier-fn}, {@code airflow-host}, {@code db}. */
    static String shortName(String peer) {
        int colon = peer.indexOf(':');
        if (colon < 0) {
            return peer.equals(DATABASE) ? "db" : peer;
        }
        String name = peer.substring(colon + 1);
        return switch (peer.substring(0, colon)) {
            case "service" -> name + "-svc";
            case "function" -> name + "-fn";
            case "instance" -> name + "-host";
            default -> throw new IllegalArgumentException("unknown peer " + peer);
        };
    }
}
