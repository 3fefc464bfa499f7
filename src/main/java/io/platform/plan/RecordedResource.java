package io.platform.plan;

import com.google.protobuf.Struct;

import java.util.List;
import java.util.Map;

/**
 * One resource registration as the engine received it: the input properties exactly
 * as the program declared them (Pulumi's wire encoding, secrets still marked), with
 * parent and dependencies, which is what the policy pack and the JSON plan see.
 *
 * @param aliases the URNs the resource was known by before (from its alias specs), which the engine
 *                maps to this URN instead of replacing the resource
 * @param ignoreChanges input properties whose later changes {@code pulumi up} leaves alone (another
 *                      system — CodeDeploy, a new AMI — owns them)
 */
public record RecordedResource(
        String urn,
        String id,
        String type,
        String name,
        String parent,
        boolean custom,
        boolean protect,
        List<String> dependencies,
        Map<String, List<String>> propertyDependencies,
        Struct inputs,
        List<String> aliases,
        List<String> ignoreChanges) {

    /** A registration without aliases or ignored properties. */
    public RecordedResource(String urn, String id, String type, String name, String parent, boolean custom,
                            boolean protect, List<String> dependencies, Map<String, List<String>> propertyDependencies,
                            Struct inputs) {
        this(urn, id, type, name, parent, custom, protect, dependencies, propertyDependencies, inputs, List.of(), List.of());
    }

    /** Input properties decoded for display and assertions; secrets read {@code "[secret]"}. */
    public java.util.Map<String, Object> inputValues() {
        return WireValues.toJava(inputs);
    }

    @Override
    public String toString() {
        return type + "::" + name;
    }

    public boolean isComponent() {
        return !custom && !type.startsWith("pulumi:");
    }
}
