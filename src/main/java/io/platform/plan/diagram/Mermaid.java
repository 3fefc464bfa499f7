package io.platform.plan.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a {@link Diagram} as a Mermaid {@code flowchart LR}, which GitHub draws in Markdown.
 * Ids are already safe ({@code [a-z][a-z0-9_]*}); labels are quoted, with {@code "} escaped and
 * line breaks as {@code <br/>}. The output is deterministic, so a stale copy shows as a diff.
 */
public final class Mermaid {
    private static final String INDENT = "  ";
    /** Fill, stroke and text colours readable on GitHub's light and dark themes. */
    private static final Map<Diagram.Style, String> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put(Diagram.Style.SECURITY_GROUP, "fill:#fff4e5,stroke:#d97706,color:#1f2328");
        CLASSES.put(Diagram.Style.DATA_STORE, "fill:#e8f1fb,stroke:#2563eb,color:#1f2328");
        CLASSES.put(Diagram.Style.COMPUTE, "fill:#e9f7ef,stroke:#15803d,color:#1f2328");
        CLASSES.put(Diagram.Style.GROUPED, "fill:#f4f4f5,stroke:#71717a,stroke-dasharray:4 3,color:#1f2328");
        CLASSES.put(Diagram.Style.EXTERNAL, "fill:#fdecef,stroke:#be123c,color:#1f2328");
    }

    private Mermaid() {
    }

    /** The diagram as Mermaid source; {@code comment} (may be empty) goes on {@code %%} lines after the header. */
    public static String render(Diagram diagram, String comment) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        comment.lines().forEach(line -> out.append(INDENT).append("%% ").append(line).append('\n'));
        diagram.nodes().forEach(n -> out.append(INDENT).append(node(n)).append('\n'));
        diagram.groups().forEach(g -> group(out, g, INDENT));
        for (Diagram.Edge e : diagram.edges()) {
            out.append(INDENT).append(edge(e)).append('\n');
        }
        Map<Diagram.Style, List<String>> styled = new LinkedHashMap<>();
        diagram.allNodes().forEach(n -> styled.computeIfAbsent(n.style(), s -> new ArrayList<>()).add(n.id()));
        CLASSES.forEach((style, css) -> {
            if (styled.containsKey(style)) {
                String name = className(style);
                out.append(INDENT).append("classDef ").append(name).append(' ').append(css).append('\n');
                out.append(INDENT).append("class ").append(String.join(",", styled.get(style))).append(' ')
                        .append(name).append('\n');
            }
        });
        return out.toString();
    }

    private static void group(StringBuilder out, Diagram.Group group, String indent) {
        out.append(indent).append("subgraph ").append(group.id()).append("[\"").append(escape(group.label()))
                .append("\"]\n");
        String inner = indent + INDENT;
        group.nodes().forEach(n -> out.append(inner).append(node(n)).append('\n'));
        group.groups().forEach(g -> group(out, g, inner));
        out.append(indent).append("end\n");
    }

    static String node(Diagram.Node node) {
        String label = "\"" + escape(node.label()) + "\"";
        return node.id() + switch (node.shape()) {
            case BOX -> "[" + label + "]";
            case ROUNDED -> "(" + label + ")";
            case DATABASE -> "[(" + label + ")]";
            case HEXAGON -> "{{" + label + "}}";
            case CIRCLE -> "((" + label + "))";
            case STACK -> "[[" + label + "]]";
        };
    }

    static String edge(Diagram.Edge edge) {
        String label = edge.label().isEmpty() ? "" : "|\"" + escape(edge.label()) + "\"|";
        String arrow = switch (edge.kind()) {
            case RULE -> "-->";
            case FLOW -> "==>";
            case MEMBER -> "-.-";
            case PROTECTS -> "-.->";
        };
        return edge.from() + " " + arrow + label + " " + edge.to();
    }

    private static String className(Diagram.Style style) {
        return switch (style) {
            case SECURITY_GROUP -> "sg";
            case DATA_STORE -> "store";
            case COMPUTE -> "compute";
            case GROUPED -> "grouped";
            case EXTERNAL -> "external";
            case RESOURCE -> "resource";
        };
    }

    /** Quotes become {@code #quot;}, line breaks {@code <br/>}; nothing else in a quoted label needs escaping. */
    static String escape(String label) {
        return label.lines().map(l -> l.replace("\"", "#quot;")).collect(Collectors.joining("<br/>"));
    }
}
