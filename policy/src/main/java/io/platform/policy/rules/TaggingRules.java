package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.Unknown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Required tags on every taggable resource. "Taggable" is the list of com.pulumi:aws 6.83.0
 * resource types whose Args accept {@code tags} (taggable-types.txt, kept in step with the jar by a test).
 * At level {@code remediate} the missing tags are added with values from the settings.
 */
public final class TaggingRules {
    static final String TAGGABLE_TYPES_RESOURCE = "taggable-types.txt";
    private static final Set<String> TAGGABLE = loadTaggableTypes();

    private TaggingRules() {
    }

    public static List<Policy> all() {
        return List.of(requiredTags());
    }

    /** Resource types that accept a {@code tags} input. */
    public static Set<String> taggableTypes() {
        return TAGGABLE;
    }

    public static ResourcePolicy requiredTags() {
        return ResourcePolicy.builder("required-tags")
                .description("Every taggable resource carries the required tags")
                .severity(Severity.LOW)
                .noPublicControl("tagging is governance (ownership, cost), not a Security Hub control of these services")
                .types(TAGGABLE)
                .setting(Setting.strings("requiredTags", "Tag keys every taggable resource needs",
                        List.of("Project", "Environment", "Owner", "CostCenter", "ManagedBy")).nonEmpty()
                        .matching("each a valid tag key (1-128 characters, not starting with aws:)", v -> ((List<?>) v).stream()
                                .allMatch(k -> !String.valueOf(k).isBlank() && String.valueOf(k).length() <= 128
                                        && !String.valueOf(k).startsWith("aws:"))))
                .setting(Setting.stringMap("tagValues",
                        "Values remediation adds for missing tags (Project and Environment default to the stack's)",
                        Map.of("ManagedBy", "pulumi")))
                .fix("Add the missing tags (the program sets them on every resource from its stack config)")
                .check((r, ctx) -> {
                    List<String> required = ctx.settings().strings("requiredTags");
                    List<String> missing = missingTags(r.properties(), required);
                    if (missing.isEmpty()) {
                        return;
                    }
                    String why = "; every taggable resource needs the tags " + String.join(", ", required);
                    if (!r.properties().has("tags")) {
                        ctx.report("tags is not set" + why);
                    } else {
                        ctx.report("tags is missing " + String.join(", ", missing) + why);
                    }
                })
                .remediation(TaggingRules::addMissingTags)
                .build();
    }

    /** Required keys without a value; an unknown value counts as present, unknown tags as a whole throw. */
    private static List<String> missingTags(PropertyMap props, List<String> required) {
        PropertyMap tags = props.map("tags");
        List<String> missing = new ArrayList<>();
        for (String key : required) {
            Object v = Secret.unwrap(tags.raw(key));
            boolean present = v instanceof Unknown || (v instanceof String s && !s.isBlank());
            if (!present) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static Map<String, Object> addMissingTags(PolicyResource r, ResourceCheckContext ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Project", ctx.stack().project());
        values.put("Environment", ctx.environment());
        values.putAll(ctx.settings().stringMap("tagValues"));
        Map<String, Object> tags = new LinkedHashMap<>(r.properties().map("tags").asMap());
        boolean added = false;
        for (String key : missingTags(r.properties(), ctx.settings().strings("requiredTags"))) {
            String value = values.get(key);
            if (value != null && !value.isBlank()) {
                tags.put(key, value);
                added = true;
            }
        }
        return added ? r.properties().with("tags", tags) : null;
    }

    private static Set<String> loadTaggableTypes() {
        try (InputStream in = TaggingRules.class.getResourceAsStream(TAGGABLE_TYPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TAGGABLE_TYPES_RESOURCE + " is missing from the classpath");
            }
            Set<String> types = new TreeSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(types::add);
            return Collections.unmodifiableSet(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
