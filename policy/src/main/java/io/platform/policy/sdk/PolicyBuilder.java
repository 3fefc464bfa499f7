package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The metadata half of the resource and stack policy builders. */
public abstract class PolicyBuilder<B extends PolicyBuilder<B>> {
    /** Setting added to environment-aware policies. */
    public static final String PRODUCTION_ENVIRONMENTS = "productionEnvironments";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String id;
    private String description;
    private EnforcementLevel level = EnforcementLevel.MANDATORY;
    private Severity severity;
    private final List<Control> controls = new ArrayList<>();
    private String noControlReason;
    private String fixHint;
    private final List<Setting> settings = new ArrayList<>();
    private boolean environmentAware;
    private boolean productionOnly;

    protected PolicyBuilder(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("policy id must be lower-case words joined by '-': " + id);
        }
        this.id = id;
    }

    protected abstract B self();

    public B description(String description) {
        this.description = description;
        return self();
    }

    public B level(EnforcementLevel level) {
        this.level = level;
        return self();
    }

    public B severity(Severity severity) {
        this.severity = severity;
        return self();
    }

    /** The controls this policy checks, each under its framework. */
    public B controls(Control... controls) {
        this.controls.addAll(List.of(controls));
        return self();
    }

    public B controls(Collection<Control> controls) {
        this.controls.addAll(controls);
        return self();
    }

    /** No public control maps to this policy; says why (shown in reports and the coverage document). */
    public B noPublicControl(String reason) {
        this.noControlReason = reason;
        return self();
    }

    /** The default one-line fix hint for this policy's violations. */
    public B fix(String fixHint) {
        this.fixHint = fixHint;
        return self();
    }

    public B setting(Setting setting) {
        settings.add(setting);
        return self();
    }

    /** The check calls {@link CheckContext#isProduction()}; adds the {@code productionEnvironments} setting. */
    public B environmentAware() {
        environmentAware = true;
        return self();
    }

    /** The check only runs in production environments (decided by {@code productionEnvironments}). */
    public B productionOnly() {
        productionOnly = true;
        return environmentAware();
    }

    protected PolicyMetadata metadata() {
        require(description, "description");
        require(fixHint, "fix hint");
        Objects.requireNonNull(severity, () -> "policy " + id + " needs a severity");
        Objects.requireNonNull(level, () -> "policy " + id + " needs a level");
        List<Setting> all = new ArrayList<>(settings);
        if (environmentAware) {
            all.add(Setting.strings(PRODUCTION_ENVIRONMENTS,
                    "Environment names treated as production, matched against the stack config "
                            + "<project>:environment, else against the stack name",
                    List.of("production")).nonEmpty());
        }
        return new PolicyMetadata(id, description, level, severity, controls, noControlReason, fixHint,
                new ConfigSchema(all), environmentAware, productionOnly);
    }

    private void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("policy " + id + " needs a " + what);
        }
    }
}
