package io.platform.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SPEC §5 JSON document of a plan. Secrets appear only as {@code "[secret]"}. */
final class PlanDocument {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanDocument() {
    }

    static Map<String, Object> build(PlanResult plan, Map<String, Object> policy, int mandatory, int advisory) {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (RecordedResource r : plan.declared()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("urn", r.urn());
            entry.put("id", r.id());
            entry.put("type", r.type());
            entry.put("name", r.name());
            entry.put("parent", r.parent());
            entry.put("protect", r.protect());
            entry.put("dependencies", r.dependencies());
            entry.put("inputs", r.inputValues());
            resources.add(entry);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("resourceCount", resources.size());
        summary.put("byType", plan.countsByType());
        summary.put("mandatoryViolations", mandatory);
        summary.put("advisoryViolations", advisory);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("project", plan.project());
        doc.put("stack", plan.stack());
        doc.put("environment", plan.config().environment().configName());
        doc.put("region", plan.config().region());
        doc.put("resources", resources);
        doc.put("policy", policy);
        doc.put("summary", summary);
        return doc;
    }

    static void write(Path file, Map<String, Object> document) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), document);
        } catch (IOException e) {
            throw new PlanException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
