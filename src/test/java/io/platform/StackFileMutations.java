package io.platform;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every single mutation of the committed stack files that a new user could plausibly make: drop or
 * misspell a key, give a value of another type, an out-of-range number, a bad CIDR, region, country
 * code or instance class, an empty or null value, a duplicated list entry, a duplicated key, YAML 1.1
 * booleans and broken YAML. Each mutation is one {@link Case}: the stack file text it produces.
 */
final class StackFileMutations {
    /** What a mutation did, so the oracle knows what to expect of it. */
    enum Kind { DROP, RENAME, RETYPE, VALUE, DUPLICATE_ENTRY, DUPLICATE_KEY, SYNTAX }

    /** One mutated stack file. {@code topKey} is the config key the mutation is under (null above config). */
    record Case(String source, String stack, Kind kind, String path, String topKey, String description, String yaml) {
        @Override
        public String toString() {
            return source + " " + kind + " " + path + ": " + description;
        }
    }

    private static final LoadSettings LOAD = LoadSettings.builder().setSchema(new CoreSchema()).build();
    private static final DumpSettings DUMP = DumpSettings.builder().setSchema(new CoreSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1000).build();

    private final List<Case> cases = new ArrayList<>();
    private String source;
    private String stack;
    private Map<String, Object> original;

    private StackFileMutations() {
    }

    /** The committed stack files: the root's and every example's. */
    static List<Path> stackFiles() {
        List<Path> files = new ArrayList<>(List.of(Path.of("Pulumi.staging.yaml"), Path.of("Pulumi.production.yaml")));
        Path examples = Path.of("examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> walk = Files.walk(examples)) {
                walk.filter(p -> p.getFileName().toString().matches("Pulumi\\.[^.]+\\.yaml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static List<Case> all() {
        StackFileMutations m = new StackFileMutations();
        stackFiles().forEach(m::mutate);
        return m.cases;
    }

    @SuppressWarnings("unchecked")
    private void mutate(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        source = file.toString();
        stack = file.getFileName().toString().replaceAll("^Pulumi\\.|\\.yaml$", "");
        original = (Map<String, Object>) new Load(LOAD).loadFromString(text);
        textual(text);
        Map<String, Object> config = (Map<String, Object>) original.get("config");
        for (String key : config.keySet()) {
            walk(List.of("config", key), key, config.get(key));
        }
        add(Kind.RENAME, "confg", null, "config: misspelt", doc -> doc.put("confg", doc.remove("config")));
    }

    private void walk(List<Object> path, String topKey, Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("secure")) {
            at(path, topKey, "secret given in plain text", v -> "plain-text-value");
            return;
        }
        String name = path.get(path.size() - 1).toString();
        if (!(name.matches("\\d+"))) {
            add(Kind.DROP, pathText(path), topKey, "dropped", doc -> parent(doc, path).remove(name));
            // A free-form map's key is a name the user chooses (an environment variable, a field an EventBridge
            // pattern matches): renaming it is a new value.
            Object parentName = path.get(path.size() - 2);
            boolean freeForm = List.of("environment", "secrets").contains(parentName)
                    || path.subList(0, path.size() - 1).contains("pattern");
            Kind rename = freeForm ? Kind.VALUE : Kind.RENAME;
            for (String typo : typos(name)) {
                add(rename, pathText(path), topKey, "renamed to " + typo, doc -> rename(parent(doc, path), name, typo));
            }
        }
        values(path, topKey, value);
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(append(path, k), topKey, v));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(append(path, i), topKey, list.get(i));
            }
        }
    }

    /** Value mutations by what the value is. */
    private void values(List<Object> path, String topKey, Object value) {
        at(path, topKey, "null", v -> null);
        if (value instanceof Map<?, ?>) {
            at(path, topKey, "a map given as a string", v -> "x");
            at(path, topKey, "a map given as a list", v -> List.of("x"));
            return;
        }
        if (value instanceof List<?> list) {
            at(path, topKey, "a list given as a string", v -> "x");
            at(path, topKey, "a list given as a map", v -> Map.of("x", "y"));
            if (!list.isEmpty()) {
                at(path, topKey, "first entry listed twice", v -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.add(copy.get(0));
                    return copy;
                });
                at(path, topKey, "emptied", v -> List.of());
                at(path, topKey, "an empty entry", v -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.add(null);
                    return copy;
                });
            }
            return;
        }
        at(path, topKey, "given as a list", v -> List.of(value));
        at(path, topKey, "given as a map", v -> Map.of("value", value));
        if (value instanceof Boolean b) {
            for (String yaml11 : List.of("yes", "no", "on", "off", "True ", "1")) {
                at(path, topKey, "YAML 1.1 boolean " + yaml11.trim(), v -> yaml11);
            }
            at(path, topKey, "flipped", v -> !b);
        } else if (value instanceof Number n) {
            for (Object bad : List.of(-1, 0, 1, 7, 99, 100000, 2147483648L, 1.5, "many", "")) {
                if (!bad.equals(n)) {
                    at(path, topKey, "number " + bad, v -> bad);
                }
            }
        } else if (value instanceof String s) {
            strings(path, topKey, s);
        }
    }

    private void strings(List<Object> path, String topKey, String s) {
        List<Object> bad = new ArrayList<>(List.of("", " ", 42, true, "x".repeat(300), s.toUpperCase() + "!"));
        if (s.matches("\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+")) {
            bad.addAll(List.of("10.1/16", "10.1.0/16", "300.1.0.0/16", "10.1.0.0/33", "10.1.0.0", "010.1.0.0/16",
                    "10.1.5.0/16", "10.9.0.0/16", "10.1.0.0/8", "fd00::/48"));
        } else if (s.matches("[A-Z]{2}")) {
            bad.addAll(List.of("XX", "us", "USA", "U1"));
        } else if (s.matches("[a-z]{2}-[a-z]+-\\d")) {
            bad.addAll(List.of("us-east-9", "us-east", "US-EAST-1", "cn-north-1", "us-gov-west-1", "us-west-1"));
        } else if (s.matches("(db|cache)\\.[a-z0-9]+\\.[a-z0-9]+")) {
            String prefix = s.substring(0, s.indexOf('.'));
            bad.addAll(List.of(prefix + ".t3.huge", prefix + ".t2.micro", prefix + ".z9.large", "t3.medium"));
        } else {
            bad.addAll(List.of(s.replace('-', '_'), s.substring(0, Math.max(1, s.length() - 1))));
        }
        for (Object b : bad) {
            if (!b.equals(s)) {
                at(path, topKey, "value " + (b instanceof String t && t.length() > 20 ? t.substring(0, 20) + "…" : b),
                        v -> b);
            }
        }
    }

    /** Mutations of the text itself: a key given twice, YAML syntax errors. */
    private void textual(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("\\s*[A-Za-z][\\w:]*: .*") && !line.contains("secure:")) {
                String key = line.trim().substring(0, line.trim().indexOf(": "));
                cases.add(new Case(source, stack, Kind.DUPLICATE_KEY, key, null, "line " + (i + 1) + " repeated",
                        insert(lines, i + 1, line)));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().startsWith("#") || !line.startsWith("  ")) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            syntax(where + "tab indentation", lines, i, "\t" + line.substring(2));
            // A trailing comment (the examples explain each value) keeps its place after the mutation.
            int comment = line.indexOf(" #");
            String value = comment < 0 ? line : line.substring(0, comment);
            String trailer = comment < 0 ? "" : line.substring(comment);
            if (value.matches(".*: [^\\[\"{]+")) {
                syntax(where + "a second colon", lines, i, value.stripTrailing() + ": more" + trailer);
            }
            if (line.contains("]")) {
                syntax(where + "unclosed flow list", lines, i, line.replace("]", ""));
            }
            if (line.matches(".*: \"[^\"]*\"")) {
                syntax(where + "unclosed quote", lines, i, line.substring(0, line.length() - 1));
            }
        }
    }

    private void syntax(String description, List<String> lines, int at, String replacement) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(at, replacement);
        cases.add(new Case(source, stack, Kind.SYNTAX, "line " + (at + 1), null, description,
                String.join("\n", copy) + "\n"));
    }

    private static String insert(List<String> lines, int at, String line) {
        List<String> copy = new ArrayList<>(lines);
        copy.add(at, line);
        return String.join("\n", copy) + "\n";
    }

    private void at(List<Object> path, String topKey, String description, java.util.function.UnaryOperator<Object> change) {
        add(Kind.VALUE, pathText(path), topKey, description, doc -> {
            Object container = container(doc, path);
            Object last = path.get(path.size() - 1);
            if (container instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> m = (Map<Object, Object>) map;
                m.put(last, change.apply(m.get(last)));
            } else {
                @SuppressWarnings("unchecked")
                List<Object> l = (List<Object>) container;
                l.set((Integer) last, change.apply(l.get((Integer) last)));
            }
        });
        if (description.startsWith("first entry listed twice")) {
            Case c = cases.remove(cases.size() - 1);
            cases.add(new Case(c.source(), c.stack(), Kind.DUPLICATE_ENTRY, c.path(), c.topKey(), c.description(), c.yaml()));
        }
        // Inside an EventBridge pattern every value is the user's JSON (AWS checks its grammar at deploy).
        boolean inPattern = path.subList(0, path.size() - 1).contains("pattern");
        if (!inPattern && (description.startsWith("given as") || description.startsWith("a ") || description.equals("null"))) {
            Case c = cases.remove(cases.size() - 1);
            cases.add(new Case(c.source(), c.stack(), Kind.RETYPE, c.path(), c.topKey(), c.description(), c.yaml()));
        }
    }

    private void add(Kind kind, String path, String topKey, String description, Consumer<Map<String, Object>> change) {
        Map<String, Object> doc = copy(original);
        change.accept(doc);
        cases.add(new Case(source, stack, kind, path, topKey, description, new Dump(DUMP).dumpToString(doc)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }

    /** The map or list holding the last step of {@code path}. */
    @SuppressWarnings("unchecked")
    private static Object container(Map<String, Object> doc, List<Object> path) {
        Object node = doc;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = node instanceof Map<?, ?> m ? m.get(step) : ((List<Object>) node).get((Integer) step);
        }
        return node;
    }

    /** The map holding a key (key mutations are never made on list elements). */
    @SuppressWarnings("unchecked")
    private static Map<Object, Object> parent(Map<String, Object> doc, List<Object> path) {
        return (Map<Object, Object>) container(doc, path);
    }

    private static void rename(Map<Object, Object> map, String from, String to) {
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        map.clear();
        copy.forEach((k, v) -> map.put(k.equals(from) ? to : k, v));
    }

    /** Plausible misspellings: a letter dropped, two swapped, a letter doubled, the case changed. */
    static List<String> typos(String name) {
        List<String> out = new ArrayList<>();
        if (name.length() > 3) {
            out.add(name.substring(0, name.length() - 1));
            int mid = name.length() / 2;
            out.add(name.substring(0, mid - 1) + name.charAt(mid) + name.charAt(mid - 1) + name.substring(mid + 1));
        }
        out.add(name + name.charAt(name.length() - 1));
        String flipped = Character.isUpperCase(name.charAt(0)) ? name.toLowerCase() : name.toUpperCase();
        out.add(flipped);
        return out.stream().filter(t -> !t.equals(name)).distinct().toList();
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path);
        out.add(step);
        return out;
    }

    private static String pathText(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path.subList(1, path.size())) {
            out.append(step instanceof Integer i ? "[" + i + "]" : (out.length() == 0 ? "" : ".") + step);
        }
        return out.toString();
    }
}
