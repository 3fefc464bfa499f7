package io.platform.plan;

import com.google.protobuf.Struct;

import java.util.List;
import java.util.Map;

/**
 * One resource registration as the engine received it: the input properties exactly
 * as the program declared them (Pulumi's wire encoding, secrets still marked), with
 * parent and dependencies, which is what the policy pack and the JSON plan see.
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
        Struct inputs) {

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
