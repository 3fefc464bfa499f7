package io.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a {@code Pulumi.<stack>.yaml} the way the Pulumi CLI does (go-yaml v3): YAML 1.2, so
 * {@code yes}/{@code on}/{@code no} are strings; a duplicate key anywhere is an error; a top-level
 * key the stack file does not have is an error; a top-level scalar config value is passed on as its
 * literal text, a structured one as typed JSON. Errors name the file, line and column or the key.
 */
final class StackFileReader {
    /** The keys of Pulumi's {@code ProjectStack} (sdk/go/common/workspace/project.go). */
    static final List<String> TOP_LEVEL_KEYS = List.of("config", "encryptedkey", "encryptionsalt", "environment",
            "mainEnvironment", "secretsprovider");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Building the schema compiles its resolver patterns: once, not per file. */
    private static final CoreSchema YAML_1_2 = new CoreSchema();

    private final String file;
    private final String project;

    private StackFileReader(String file, String project) {
        this.file = file;
        this.project = project;
    }

    /** The config of the stack file, each key qualified with its namespace; {@code secure:} values stay opaque. */
    static RawConfig read(Path stackFile, String project, String stack) {
        String text;
        try {
            text = Files.readString(stackFile);
        } catch (IOException e) {
            throw new ConfigException(stackFile.toString(), "cannot be read (" + e.getMessage() + ")");
        }
        StackFileReader reader = new StackFileReader(stackFile.getFileName().toString(), project);
        return reader.config(reader.compose(text), stack);
    }

    private Optional<Node> compose(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(YAML_1_2)
                .setAllowDuplicateKeys(true) // checked below, with both lines
                .setUseMarks(true).build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String where = mark.map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(file);
            String problem = e.getProblem() == null ? "is not valid YAML" : e.getProblem().strip();
            throw new ConfigException(where, "is not valid YAML: " + firstLine(problem));
        } catch (YamlEngineException e) {
            throw new ConfigException(file, "is not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    private RawConfig config(Optional<Node> document, String stack) {
        Map<String, String> values = new LinkedHashMap<>();
        java.util.Set<String> secrets = new java.util.TreeSet<>();
        if (document.isEmpty() || isNull(document.get())) {
            return new RawConfig(project, stack, values, secrets);
        }
        MappingNode root = mapping(document.get(), file, "a stack file is a map with config: and the secrets settings");
        Map<String, Node> top = entries(root, key -> key);
        top.forEach((key, value) -> {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new ConfigException(key, "is not a key of a Pulumi stack file" + Suggestions.didYouMean(key,
                        TOP_LEVEL_KEYS) + "; allowed: " + String.join(", ", TOP_LEVEL_KEYS) + " (" + file + " line "
                        + line(value) + ")");
            }
        });
        for (String esc : List.of("environment", "mainEnvironment")) {
            if (top.containsKey(esc)) {
                throw new ConfigException(esc, "imports Pulumi ESC environments, which the offline plan cannot read; "
                        + "run pulumi preview, or copy the values into config:");
            }
        }
        Node config = top.get("config");
        if (config == null || isNull(config)) {
            return new RawConfig(project, stack, values, secrets);
        }
        MappingNode configMap = mapping(config, "config", "a map of <namespace>:<key> settings");
        entries(configMap, this::qualify).forEach((key, node) -> {
            if (isSecure(node)) {
                values.put(key, RawConfig.SECRET_PLACEHOLDER);
                secrets.add(key);
            } else if (node instanceof ScalarNode scalar) {
                // Pulumi unmarshals a top-level value into a string first: its literal text, untyped.
                values.put(key, isNull(scalar) ? "" : scalar.getValue());
            } else {
                boolean[] secret = {false};
                values.put(key, json(node, key, secret).toString());
                if (secret[0]) {
                    secrets.add(key);
                }
            }
        });
        return new RawConfig(project, stack, values, secrets);
    }

    /** A config key as Pulumi stores it: {@code namespace:name}; a bare name belongs to the project. */
    private String qualify(String key) {
        if (key.chars().filter(c -> c == ':').count() > 1 || key.startsWith(":") || key.endsWith(":")) {
            throw new ConfigException(key, "is not a config key; expected <namespace>:<name>, e.g. "
                    + project + ":owner");
        }
        return key.contains(":") ? key : project + ":" + key;
    }

    /** A map's entries by name, refusing a key given twice (go-yaml v3 refuses it too). */
    private Map<String, Node> entries(MappingNode map, Function<String, String> name) {
        return entries(map, name, name);
    }

    /** @param fullKey the key's full path, for the error ({@code platform:compute.services[0].environment.X}) */
    private Map<String, Node> entries(MappingNode map, Function<String, String> name, Function<String, String> fullKey) {
        Map<String, Node> out = new LinkedHashMap<>();
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new ConfigException(file + ":" + line(tuple.getKeyNode()), "a key must be a plain name");
            }
            String key = name.apply(keyNode.getValue());
            Node first = keys.putIfAbsent(key, keyNode);
            if (first != null) {
                throw new ConfigException(fullKey.apply(keyNode.getValue()), "is given twice in " + file + " (lines "
                        + line(first) + " and "
                        + line(keyNode) + "); keep one");
            }
            out.put(key, tuple.getValueNode());
        }
        return out;
    }

    /** A structured value as the CLI passes it on: typed JSON (YAML 1.2 core schema); nested secrets opaque. */
    private JsonNode json(Node node, String path, boolean[] secret) {
        if (isSecure(node)) {
            secret[0] = true;
            return NODES.textNode(RawConfig.SECRET_PLACEHOLDER);
        }
        if (node instanceof MappingNode map) {
            ObjectNode object = NODES.objectNode();
            entries(map, key -> key, key -> path + "." + key)
                    .forEach((key, value) -> object.set(key, json(value, path + "." + key, secret)));
            return object;
        }
        if (node instanceof SequenceNode list) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < list.getValue().size(); i++) {
                array.add(json(list.getValue().get(i), path + "[" + i + "]", secret));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    /** A scalar as YAML 1.2's core schema types it: only true/false are booleans; 0o17 and 0x1F are integers. */
    private static JsonNode scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT)) {
            String digits = text.startsWith("+") ? text.substring(1) : text;
            BigInteger value = digits.startsWith("0o") ? new BigInteger(digits.substring(2), 8)
                    : digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
            return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                    : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }
        if (tag.equals(Tag.FLOAT) && !text.toLowerCase(java.util.Locale.ROOT).contains("inf")
                && !text.toLowerCase(java.util.Locale.ROOT).contains("nan")) {
            return NODES.numberNode(Double.parseDouble(text));
        }
        return NODES.textNode(text);
    }

    private MappingNode mapping(Node node, String key, String expected) {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw new ConfigException(key, "is not a map (" + file + " line " + line(node) + "); expected " + expected);
    }

    private static boolean isSecure(Node node) {
        return node instanceof MappingNode map && map.getValue().size() == 1
                && map.getValue().get(0).getKeyNode() instanceof ScalarNode key && key.getValue().equals("secure")
                && map.getValue().get(0).getValueNode() instanceof ScalarNode value && value.getTag().equals(Tag.STR);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }
}
