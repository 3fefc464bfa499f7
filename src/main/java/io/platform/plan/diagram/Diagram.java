package io.platform.plan.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An architecture diagram as plain data: nested groups (tiers, then subnet tiers) holding
 * nodes, nodes outside every group (the internet), and edges between node ids. Rendering
 * ({@link Mermaid}) is separate so tests can assert on the model and on the text.
 */
public record Diagram(String title, List<Group> groups, List<Node> nodes, List<Edge> edges) {
    public Diagram {
        groups = List.copyOf(groups);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** How a node is drawn. */
    public enum Shape {
        BOX, ROUNDED, DATABASE, HEXAGON, CIRCLE, STACK
    }

    /** What a node stands for, for styling. */
    public enum Style {
        RESOURCE, COMPUTE, DATA_STORE, SECURITY_GROUP, GROUPED, EXTERNAL
    }

    /** The meaning of an edge; each kind is drawn with its own line. */
    public enum Kind {
        /** A security-group rule: traffic the rule allows, group to group (or internet/prefix list), with the port. */
        RULE,
        /** Data or request flow between resources: load balancer to service, service to what it uses. */
        FLOW,
        /** A resource is a member of a security group. */
        MEMBER,
        /** A web ACL protects a resource. */
        PROTECTS
    }

    /**
     * One box. {@code resources} is how many recorded resources it stands for (a grouped node
     * stands for several; a collapsed component for all of its children).
     */
    public record Node(String id, String label, Shape shape, Style style, int resources) {
    }

    public record Group(String id, String label, List<Group> groups, List<Node> nodes) {
        public Group {
            groups = List.copyOf(groups);
            nodes = List.copyOf(nodes);
        }

        Stream<Node> allNodes() {
            return Stream.concat(nodes.stream(), groups.stream().flatMap(Group::allNodes));
        }

        Stream<Group> allGroups() {
            return Stream.concat(Stream.of(this), groups.stream().flatMap(Group::allGroups));
        }
    }

    public record Edge(String from, String to, Kind kind, String label) {
    }

    /** Every node, inside groups or not. */
    public List<Node> allNodes() {
        List<Node> all = new ArrayList<>(nodes);
        groups.forEach(g -> g.allNodes().forEach(all::add));
        return all;
    }

    /** Every group at any depth. */
    public List<Group> allGroups() {
        return groups.stream().flatMap(Group::allGroups).toList();
    }

    public List<Edge> edges(Kind kind) {
        return edges.stream().filter(e -> e.kind() == kind).toList();
    }
}
