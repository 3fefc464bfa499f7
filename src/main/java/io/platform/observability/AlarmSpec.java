package io.platform.observability;

import com.pulumi.core.Output;
import io.platform.config.AlarmDefinition;

import java.util.Map;

/** One alarm as config defines it, with its dimensions bound to the real resources it watches. */
public record AlarmSpec(AlarmDefinition definition, Map<String, Output<String>> dimensions) {
    public String name() {
        return definition.name();
    }
}
