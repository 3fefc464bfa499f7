package io.platform.config;

/** Which PostgreSQL flavour the data tier deploys (SPEC §2). */
public enum DatabaseEngine implements Named {
    /** A single RDS instance, Multi-AZ where configured. */
    RDS_POSTGRES("rds-postgres"),
    /** An Aurora PostgreSQL cluster of Serverless v2 instances (seed 000). */
    AURORA_SERVERLESS_V2("aurora-serverless-v2");

    private final String configName;

    DatabaseEngine(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
