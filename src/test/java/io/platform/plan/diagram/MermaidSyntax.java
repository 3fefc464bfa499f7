package io.platform.plan.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict structural reader for the subset of Mermaid flowchart syntax the generator writes.
 * Anything else is an error, so a test fails on output GitHub might not render: unbalanced
 * {@code subgraph}/{@code end}, ids outside {@code [a-z][a-z0-9_]*} or equal to a keyword, a
 * node declared twice, an edge or class naming an undeclared node, a raw quote in a label.
 */
public final class MermaidSyntax {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Set<String> KEYWORDS = Set.of("end", "subgraph", "graph", "flowchart", "style", "class", "classDef",
            "click", "linkStyle", "direction", "call", "href", "default", "interpolate");
    private static final String LABEL = "\"((?:[^\"\\\\]|#quot;)*)\"";
    private static final Pattern SUBGRAPH = Pattern.compile("subgraph (\\S+?)\\[" + LABEL + "]");
    private static final Pattern NODE = Pattern.compile("(\\S+?)(\\[\\[|\\[\\(|\\(\\(|\\{\\{|\\[|\\()" + LABEL
            + "(]]|\\)]|\\)\\)|}}|]|\\))");
    private static final Pattern EDGE = Pattern.compile("(\\S+) (-->|==>|-\\.->|-\\.-)(?:\\|" + LABEL + "\\|)? (\\S+)");
    private static final Pattern CLASS_DEF = Pattern.compile("classDef ([a-z]+) [a-z-]+:[^,]+(,[a-z-]+:[^,]+)*");
    private static final Pattern CLASS = Pattern.compile("class (\\S+) ([a-z]+)");
    private static final Map<String, String> SHAPES = Map.of("[[", "]]", "[(", ")]", "((", "))", "{{", "}}", "[", "]",
            "(", ")");

    /** What was read. */
    public record Parsed(Map<String, String> nodes, Map<String, String> subgraphs, Map<String, String> parentOf,
                         List<Edge> edges, Set<String> classes) {
    }

    public record Edge(String from, String arrow, String label, String to) {
    }

    private MermaidSyntax() {
    }

    public static Parsed parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("flowchart LR")) {
            throw new IllegalArgumentException("line 1 must be 'flowchart LR', was: " + (lines.isEmpty() ? "" : lines.get(0)));
        }
        Map<String, String> nodes = new LinkedHashMap<>();
        Map<String, String> subgraphs = new LinkedHashMap<>();
        Map<String, String> parentOf = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Set<String> classes = new LinkedHashSet<>();
        List<String[]> classUses = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        for (int i = 1; i < lines.size(); i++) {
            String where = "line " + (i + 1) + ": " + lines.get(i);
            String line = lines.get(i).strip();
            Matcher m;
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (line.equals("end")) {
                if (open.isEmpty()) {
                    throw new IllegalArgumentException(where + ": 'end' without an open subgraph");
                }
                open.pop();
            } else if ((m = SUBGRAPH.matcher(line)).matches()) {
                String id = id(m.group(1), where);
                if (subgraphs.containsKey(id) || nodes.containsKey(id)) {
                    throw new IllegalArgumentException(where + ": id " + id + " declared twice");
                }
                subgraphs.put(id, m.group(2));
                if (!open.isEmpty()) {
                    parentOf.put(id, open.peek());
                }
                open.push(id);
            } else if ((m = EDGE.matcher(line)).matches()) {
                edges.add(new Edge(id(m.group(1), where), m.group(2), m.group(3), id(m.group(4), where)));
            } else if ((m = CLASS_DEF.matcher(line)).matches()) {
                classes.add(m.group(1));
            } else if ((m = CLASS.matcher(line)).matches()) {
                classUses.add(new String[] {m.group(1), m.group(2), where});
            } else if ((m = NODE.matcher(line)).matches()) {
                String id = id(m.group(1), where);
                if (!SHAPES.get(m.group(2)).equals(m.group(4))) {
                    throw new IllegalArgumentException(where + ": shape opened with " + m.group(2) + " closed with "
                            + m.group(4));
                }
                if (nodes.containsKey(id) || subgraphs.containsKey(id)) {
                    throw new IllegalArgumentException(where + ": id " + id + " declared twice");
                }
                nodes.put(id, m.group(3));
                if (!open.isEmpty()) {
                    parentOf.put(id, open.peek());
                }
            } else {
                throw new IllegalArgumentException(where + ": not a statement this reader knows");
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("subgraph " + open.peek() + " is never closed with 'end'");
        }
        for (Edge e : edges) {
            for (String end : List.of(e.from(), e.to())) {
                if (!nodes.containsKey(end)) {
                    throw new IllegalArgumentException("edge " + e + " names undeclared node " + end);
                }
            }
        }
        for (String[] use : classUses) {
            if (!classes.contains(use[1])) {
                throw new IllegalArgumentException(use[2] + ": class " + use[1] + " has no classDef before it");
            }
            for (String id : use[0].split(",")) {
                if (!nodes.containsKey(id(id, use[2]))) {
                    throw new IllegalArgumentException(use[2] + ": class names undeclared node " + id);
                }
            }
        }
        return new Parsed(nodes, subgraphs, parentOf, edges, classes);
    }

    private static String id(String id, String where) {
        if (!ID.matcher(id).matches() || KEYWORDS.contains(id)) {
            throw new IllegalArgumentException(where + ": invalid id '" + id + "'");
        }
        return id;
    }
}
