package io.platform.config;

/** How a metric is compared with its threshold, by config name and CloudWatch's operator name. */
public enum AlarmComparison implements Named {
    GREATER("greaterThan", "GreaterThanThreshold", ">"),
    GREATER_OR_EQUAL("greaterThanOrEqual", "GreaterThanOrEqualToThreshold", ">="),
    LESS("lessThan", "LessThanThreshold", "<"),
    LESS_OR_EQUAL("lessThanOrEqual", "LessThanOrEqualToThreshold", "<=");

    private final String configName;
    private final String operator;
    private final String symbol;

    AlarmComparison(String configName, String operator, String symbol) {
        this.configName = configName;
        this.operator = operator;
        this.symbol = symbol;
    }

    @Override
    public String configName() {
        return configName;
    }

    /** CloudWatch's {@code ComparisonOperator}. */
    public String operator() {
        return operator;
    }

    public String symbol() {
        return symbol;
    }
}
