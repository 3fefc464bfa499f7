package io.platform.config;

/** How private subnets reach the internet. */
public enum NatStrategy implements Named {
    /** No NAT: private subnets reach AWS only through VPC endpoints (seed 002's design). */
    NONE("none"),
    /** One NAT gateway in the first AZ: cheap, but an AZ outage cuts egress for all. */
    SINGLE("single"),
    /** One NAT gateway per AZ: each AZ keeps egress when another fails. */
    PER_AZ("perAz");

    private final String configName;

    NatStrategy(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }

    public int gatewayCount(int azCount) {
        return switch (this) {
            case NONE -> 0;
            case SINGLE -> 1;
            case PER_AZ -> azCount;
        };
    }
}
