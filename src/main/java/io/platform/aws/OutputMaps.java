package io.platform.aws;

import com.pulumi.core.Output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a map of outputs into one output of a map, keeping key order. */
public final class OutputMaps {
    private OutputMaps() {
    }

    public static Output<Map<String, String>> resolve(Map<String, Output<String>> values) {
        List<String> keys = new ArrayList<>(values.keySet());
        return Output.all(keys.stream().map(values::get).toList()).applyValue(resolved -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), resolved.get(i));
            }
            return out;
        });
    }
}
