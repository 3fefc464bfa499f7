package io.platform.config;

/**
 * The environment a stack deploys. It chooses the defaults of every setting (SPEC §2);
 * tiers never see it directly, only the values derived from it.
 */
public enum Environment implements Named {
    DEV("dev", "10.0.0.0/16", NatStrategy.SINGLE, 30),
    STAGING("staging", "10.1.0.0/16", NatStrategy.SINGLE, 30),
    PRODUCTION("production", "10.2.0.0/16", NatStrategy.PER_AZ, 90);

    private final String configName;
    private final String vpcCidr;
    private final NatStrategy natStrategy;
    private final int logRetentionDays;

    Environment(String configName, String vpcCidr, NatStrategy natStrategy, int logRetentionDays) {
        this.configName = configName;
        this.vpcCidr = vpcCidr;
        this.natStrategy = natStrategy;
        this.logRetentionDays = logRetentionDays;
    }

    @Override
    public String configName() {
        return configName;
    }

    public String defaultVpcCidr() {
        return vpcCidr;
    }

    public NatStrategy defaultNatStrategy() {
        return natStrategy;
    }

    public int defaultLogRetentionDays() {
        return logRetentionDays;
    }

    public boolean isProduction() {
        return this == PRODUCTION;
    }
}
