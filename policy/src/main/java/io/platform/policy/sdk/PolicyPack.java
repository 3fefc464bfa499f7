package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A named, versioned set of policies with unique ids. */
public final class PolicyPack {
    private final String name;
    private final String version;
    private final List<Policy> policies;
    private final Map<String, Policy> byId = new LinkedHashMap<>();

    public PolicyPack(String name, String version, List<? extends Policy> policies) {
        this.name = name;
        this.version = version;
        this.policies = List.copyOf(policies);
        for (Policy p : this.policies) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalArgumentException("policy id " + p.id() + " is used twice in pack " + name);
            }
            if (p.id().equals(PackConfig.ALL)) {
                throw new IllegalArgumentException("policy id \"all\" is reserved");
            }
        }
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public List<Policy> policies() {
        return policies;
    }

    public Optional<Policy> policy(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Applies a pack config: level = the policy's entry, else {@code all}, else the default;
     * settings over the schema's defaults. Returns the policies in pack order.
     *
     * @throws PolicyConfigException for an unknown policy id, an unknown setting or a value of the wrong type
     */
    public List<ConfiguredPolicy> configure(PackConfig config) {
        for (String id : config.policies().keySet()) {
            if (!byId.containsKey(id)) {
                throw config.error("\"" + id + "\" is not a policy of pack " + name
                        + "; allowed keys: \"all\" or a policy id" + suggestion(id));
            }
        }
        List<ConfiguredPolicy> out = new ArrayList<>(policies.size());
        for (Policy p : policies) {
            PackConfig.PolicyConfig entry = config.policy(p.id()).orElse(null);
            EnforcementLevel level = entry != null && entry.level() != null ? entry.level()
                    : config.allLevel().orElse(p.metadata().defaultLevel());
            Map<String, Object> settings = entry == null ? Map.of() : checkedSettings(config, p, entry.settings());
            out.add(new ConfiguredPolicy(p, level,
                    new PolicySettings(p.id(), p.metadata().configSchema(), settings),
                    entry == null ? List.of() : entry.exemptions()));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Object> checkedSettings(PackConfig config, Policy p, Map<String, Object> raw) {
        ConfigSchema schema = p.metadata().configSchema();
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            String where = p.id() + "." + key;
            Setting setting = schema.setting(key).orElseThrow(() -> config.error(where + ": "
                    + PackConfig.render(value) + " is not a setting of this policy; allowed: "
                    + String.join(", ", schema.allowedKeys())));
            Object read = setting.type().read(value)
                    .filter(setting::accepts)
                    .orElseThrow(() -> config.error(where + ": " + PackConfig.render(value)
                            + " is not " + setting.allowedDescription()));
            out.put(key, read);
        });
        return out;
    }

    private String suggestion(String unknown) {
        return byId.keySet().stream()
                .min(Comparator.comparingInt(id -> distance(id, unknown)))
                .filter(best -> distance(best, unknown) <= Math.max(3, unknown.length() / 3))
                .map(best -> " (did you mean \"" + best + "\"?)")
                .orElse(" (see policy/README.md for the catalogue)");
    }

    /** Levenshtein distance, for "did you mean" hints. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
