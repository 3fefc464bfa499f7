package io.platform.network;

/** The three subnet tiers of SPEC §3.1. */
public enum SubnetTier {
    /** Load balancer and NAT gateways; the only tier with a route from the internet. */
    PUBLIC("public"),
    /** ECS tasks and interface endpoints; reaches the internet only through NAT, if any. */
    PRIVATE("private"),
    /** Databases and caches; never routed to the internet. */
    DATA("data");

    private final String label;

    SubnetTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
