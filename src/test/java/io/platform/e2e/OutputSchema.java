package io.platform.e2e;

import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output properties pulumi-aws declares for a resource type, read from the AWS SDK's own
 * resource class ({@code aws:lb/loadBalancer:LoadBalancer} → {@code com.pulumi.aws.lb.LoadBalancer}).
 *
 * <p>A bridged provider answers every output of its schema, with the computed ones unknown
 * during preview. The Java SDK treats an output missing from the answer as unknown <em>without
 * the resource it came from</em>, which would drop the dependency from everything that consumes
 * it; so the simulated provider must answer them all, like the real one.
 */
final class OutputSchema {
    private static final Map<String, List<String>> OUTPUTS = new ConcurrentHashMap<>();

    private OutputSchema() {
    }

    static List<String> outputs(String type) {
        return OUTPUTS.computeIfAbsent(type, OutputSchema::read);
    }

    private static List<String> read(String type) {
        String[] parts = type.split(":");
        if (parts.length != 3 || !parts[0].equals("aws")) {
            return List.of();
        }
        String module = parts[1].split("/")[0];
        String className = "com.pulumi.aws." + (module.equals("index") ? "" : module + ".") + parts[2];
        try {
            Class<?> resource = Class.forName(className);
            ResourceType declared = resource.getAnnotation(ResourceType.class);
            if (declared == null || !declared.type().equals(type)) {
                return List.of();
            }
            TreeSet<String> names = new TreeSet<>();
            for (Field field : resource.getDeclaredFields()) {
                Export export = field.getAnnotation(Export.class);
                if (export != null) {
                    names.add(export.name());
                }
            }
            return List.copyOf(names);
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }
}
