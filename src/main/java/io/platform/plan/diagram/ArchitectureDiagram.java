package io.platform.plan.diagram;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the architecture diagram of a stack from what the offline plan recorded — never
 * from a hand-kept list — so the picture cannot drift from the program.
 *
 * <ul>
 *   <li>Groups: one per tier (the components directly under the stack), and inside a tier one
 *       per subnet tier for resources placed in subnets (the subnet's {@code Tier} tag, reached
 *       through {@code subnetIds}/{@code subnets}/{@code subnetId} or a DB/cache subnet group).</li>
 *   <li>Nodes: one per resource, except that a component nested in a tier (a secure bucket) is
 *       one node, and resources of one type in one group that are connected alike (e.g. the
 *       29 network ACL rules, the 7 interface endpoints) become one node with a count.</li>
 *   <li>Edges, all from recorded inputs and property dependencies: security-group rules
 *       (group → group, internet or prefix list, with protocol and port); membership of a
 *       security group; request flow internet → load balancer → service (listener, rule,
 *       target group, container port); service → what it reaches through its group's rules
 *       and what its task definition references (secrets, buckets, images); load-balancer
 *       access logs, CloudFront origins, Route 53 aliases; web ACL → what it protects.</li>
 * </ul>
 */
public final class ArchitectureDiagram {
    static final String INTERNET = "external:internet";
    /** Components whose resources are drawn as if declared by the tier itself. */
    static final Set<String> TRANSPARENT_UNITS = Set.of("platform:compute:FargateService",
            "platform:functions:LambdaFunction", "platform:instances:Ec2Instance");

    private static final String STACK = "pulumi:pulumi:Stack";
    private static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String ECS_SERVICE = "aws:ecs/service:Service";
    private static final String WAF_ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
    private static final String VPC_INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String VPC_EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    private static final String EC2_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
    private static final Set<String> LOAD_BALANCERS = Set.of("aws:lb/loadBalancer:LoadBalancer",
            "aws:alb/loadBalancer:LoadBalancer");
    private static final Set<String> LISTENERS = Set.of("aws:lb/listener:Listener", "aws:alb/listener:Listener");
    private static final Set<String> LISTENER_RULES = Set.of("aws:lb/listenerRule:ListenerRule",
            "aws:alb/listenerRule:ListenerRule");
    private static final Set<String> DATA_STORES = Set.of("aws:rds/instance:Instance", "aws:rds/cluster:Cluster",
            "aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster",
            "aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket", "platform:storage:SecureBucket",
            "aws:efs/fileSystem:FileSystem", "aws:dynamodb/table:Table");
    private static final Set<String> COMPUTE = Set.of(ECS_SERVICE, "aws:lb/loadBalancer:LoadBalancer",
            "aws:alb/loadBalancer:LoadBalancer", "aws:ec2/instance:Instance", "aws:lambda/function:Function",
            "aws:cloudfront/distribution:Distribution");
    private static final String ROUTE = "aws:ec2/route:Route";
    private static final String ROUTE_TABLE_ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    private static final String NAT_GATEWAY = "aws:ec2/natGateway:NatGateway";
    private static final String INTERNET_GATEWAY = "aws:ec2/internetGateway:InternetGateway";
    private static final String SNS_TOPIC = "aws:sns/topic:Topic";
    private static final String DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
    private static final List<String> ROUTE_TARGETS = List.of("gatewayId", "natGatewayId", "vpcEndpointId",
            "transitGatewayId", "vpcPeeringConnectionId", "egressOnlyGatewayId", "networkInterfaceId");
    /** Types shown as their own node even when nothing connects them: the shape of the network. */
    private static final Set<String> ALWAYS_SHOWN = Set.of("aws:ec2/vpc:Vpc", SUBNET);
    private static final List<String> SUBNET_TIERS = List.of("public", "private", "data");
    /** Named references drawn as flows: (resource type, input property, label, kind, drawn target → source). */
    private static final List<NamedReference> NAMED_REFERENCES = List.of(
            new NamedReference("aws:lb/loadBalancer:LoadBalancer", "accessLogs", "access logs", Diagram.Kind.FLOW, false),
            new NamedReference("aws:cloudfront/distribution:Distribution", "origins", "origin", Diagram.Kind.FLOW, false),
            new NamedReference("aws:cloudfront/distribution:Distribution", "loggingConfig", "logs", Diagram.Kind.FLOW, false),
            new NamedReference("aws:cloudfront/distribution:Distribution", "webAclId", "protects", Diagram.Kind.PROTECTS, true),
            new NamedReference("aws:route53/record:Record", "aliases", "alias", Diagram.Kind.FLOW, false));
    /** Most members a grouped node names before it shows only its count. */
    private static final int MAX_LISTED_MEMBERS = 8;

    private ArchitectureDiagram() {
    }

    /** The diagram of a plan; names lose the stack's {@code {project}-{env}-} prefix. */
    public static Diagram of(PlanResult plan) {
        return of(plan.project() + "/" + plan.stack(), plan.resources(), plan.config().naming().name(""));
    }

    public static Diagram of(String title, List<RecordedResource> resources, String namePrefix) {
        return new Builder(resources, namePrefix).build(title);
    }

    private record NamedReference(String type, String property, String label, Diagram.Kind kind, boolean reversed) {
    }

    /** One drawable thing before grouping: a resource, a nested component, or something outside AWS. */
    private static final class Item {
        final String key;
        final String tier;
        /** Components between the tier and this item that hold other components (drawn as nested subgraphs). */
        final List<String> containers;
        final String subnetTier;
        final String type;
        final String shortName;
        final String detail;
        final String memberTag;
        int resources;

        Item(String key, String tier, List<String> containers, String subnetTier, String type, String shortName,
             String detail, String memberTag) {
            this.key = key;
            this.tier = tier;
            this.containers = List.copyOf(containers);
            this.subnetTier = subnetTier;
            this.type = type;
            this.shortName = shortName;
            this.detail = detail;
            this.memberTag = memberTag;
        }

        boolean external() {
            return tier == null;
        }

        String group() {
            return tier + "|" + String.join(">", containers) + "|" + Objects.requireNonNullElse(subnetTier, "");
        }
    }

    private record EdgeKey(String from, String to, Diagram.Kind kind) {
    }

    private static final class Builder {
        private final List<RecordedResource> resources;
        private final String prefix;
        private final Map<String, RecordedResource> byUrn = new HashMap<>();
        private final Map<String, List<String>> urnsById = new HashMap<>();
        private final String rootUrn;
        /** Components that have component children. */
        private final Set<String> containers = new HashSet<>();
        private final Map<String, Item> items = new LinkedHashMap<>();
        private final Map<String, Integer> tierCounts = new TreeMap<>();
        private final Map<EdgeKey, Set<String>> edges = new LinkedHashMap<>();

        Builder(List<RecordedResource> resources, String prefix) {
            this.resources = resources.stream().sorted(Comparator.comparing(RecordedResource::urn)).toList();
            this.prefix = prefix;
            resources.forEach(r -> {
                byUrn.put(r.urn(), r);
                if (r.id() != null && !r.id().isEmpty()) {
                    urnsById.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r.urn());
                }
            });
            rootUrn = resources.stream().filter(r -> r.type().equals(STACK)).map(RecordedResource::urn)
                    .findFirst().orElse(null);
            resources.stream().filter(r -> !r.custom() && r.parent() != null && !TRANSPARENT_UNITS.contains(r.type()))
                    .forEach(r -> containers.add(r.parent()));
        }

        Diagram build(String title) {
            for (RecordedResource r : resources) {
                if (!drawn(r)) {
                    continue;
                }
                String tier = tierOf(r);
                tierCounts.merge(tier, 1, Integer::sum);
                if (isEdgeResource(r)) {
                    continue;
                }
                String unit = unitOf(r.urn());
                Item item = items.computeIfAbsent(unit, this::newItem);
                item.resources++;
            }
            securityGroupRules();
            Map<String, Set<String>> members = memberships();
            ruleFlows(members);
            loadBalancerFlows();
            taskDefinitionFlows();
            namedReferences();
            webAclAssociations();
            routes();
            notifications();
            cloudFront();
            return new Layout(items, edges, tierCounts, byUrn, prefix).diagram(title);
        }

        // ---- structure ---------------------------------------------------------------------

        /** Providers and the stack itself are plumbing, not architecture. */
        private static boolean drawn(RecordedResource r) {
            return r.custom() && !r.type().startsWith("pulumi:");
        }

        private static boolean isEdgeResource(RecordedResource r) {
            return r.type().equals(VPC_INGRESS) || r.type().equals(VPC_EGRESS) || r.type().equals(EC2_RULE)
                    || r.type().equals(WAF_ASSOCIATION);
        }

        private boolean topLevel(RecordedResource r) {
            return r.parent() == null ? !r.type().equals(STACK) : r.parent().equals(rootUrn)
                    || !byUrn.containsKey(r.parent());
        }

        /** From the resource up to the ancestor directly under the stack. */
        private List<RecordedResource> chain(RecordedResource r) {
            List<RecordedResource> chain = new ArrayList<>();
            RecordedResource current = r;
            while (current != null) {
                // A workload unit (one service, function or host) is drawn by its resources, not as one node.
                if (current == r || !TRANSPARENT_UNITS.contains(current.type())) {
                    chain.add(current);
                }
                if (topLevel(current)) {
                    break;
                }
                current = byUrn.get(current.parent());
            }
            return chain;
        }

        /** The tier component's URN, or {@code "stack"} for resources declared outside any tier. */
        private String tierOf(RecordedResource r) {
            RecordedResource top = chain(r).get(chain(r).size() - 1);
            return top.custom() ? "stack" : top.urn();
        }

        /**
         * What a resource is drawn as: itself, or the outermost component below the tier that holds
         * no other component (a secure bucket is one node). Components that do hold components (a
         * static site with its bucket) are drawn as subgraphs instead; they and tiers are no unit.
         */
        private String unitOf(String urn) {
            RecordedResource r = byUrn.get(urn);
            if (r == null || r.type().startsWith("pulumi:") || isEdgeResource(r)) {
                return null;
            }
            List<RecordedResource> chain = chain(r);
            RecordedResource top = chain.get(chain.size() - 1);
            if (top.custom()) {
                return top.urn();
            }
            for (int i = chain.size() - 2; i >= 0; i--) {
                RecordedResource x = chain.get(i);
                if (x.custom() || !containers.contains(x.urn())) {
                    return x.urn();
                }
            }
            return null;
        }

        /** The container components between a unit's tier and the unit, outermost first. */
        private List<String> containersOf(RecordedResource unit) {
            List<RecordedResource> chain = chain(unit);
            List<String> path = new ArrayList<>();
            for (int i = chain.size() - 2; i >= 1; i--) {
                path.add(chain.get(i).urn());
            }
            return path;
        }

        private Item newItem(String unitUrn) {
            RecordedResource r = byUrn.get(unitUrn);
            String shortName = shortName(r.name());
            Map<String, Object> in = r.custom() ? r.inputValues() : Map.of();
            return new Item(unitUrn, tierOf(r), containersOf(r), r.custom() ? subnetTier(r) : null, r.type(), shortName,
                    ResourceLabels.detail(r.type(), in), ResourceLabels.memberTag(r.type(), shortName, in));
        }

        private String shortName(String name) {
            return !prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()
                    ? name.substring(prefix.length()) : name;
        }

        /** The subnet tier a resource sits in: its own tag for a subnet, else the one tier of the subnets it names. */
        private String subnetTier(RecordedResource r) {
            if (r.type().equals(SUBNET)) {
                return tierTag(r);
            }
            Set<String> tiers = new TreeSet<>();
            for (String urn : referenced(r)) {
                RecordedResource target = byUrn.get(urn);
                if (target == null) {
                    continue;
                }
                if (target.type().equals(SUBNET)) {
                    tiers.add(Objects.requireNonNullElse(tierTag(target), "?"));
                } else if (target.type().contains("subnetGroup:")) {
                    referenced(target).stream().map(byUrn::get).filter(Objects::nonNull)
                            .filter(s -> s.type().equals(SUBNET))
                            .forEach(s -> tiers.add(Objects.requireNonNullElse(tierTag(s), "?")));
                }
            }
            tiers.remove("?");
            return tiers.size() == 1 ? tiers.iterator().next() : null;
        }

        private static String tierTag(RecordedResource subnet) {
            return subnet.inputValues().get("tags") instanceof Map<?, ?> tags && tags.get("Tier") instanceof String tier
                    ? tier : null;
        }

        /**
         * Every URN a resource's inputs refer to: its property dependencies; when the engine recorded
         * none, its dependencies and the resources whose (unique) id is one of its input values.
         */
        private List<String> referenced(RecordedResource r) {
            List<String> urns = r.propertyDependencies().values().stream().flatMap(Collection::stream).toList();
            if (!urns.isEmpty()) {
                return urns;
            }
            List<String> found = new ArrayList<>(r.dependencies());
            for (String property : r.inputValues().keySet()) {
                found.addAll(refs(r, property));
            }
            return found.stream().distinct().toList();
        }

        /**
         * The URNs one input property refers to: its property dependencies, or, when the engine
         * recorded none, the resources whose id is the input's value (only when that id is unique).
         */
        private List<String> refs(RecordedResource r, String property) {
            List<String> urns = r.propertyDependencies().getOrDefault(property, List.of());
            if (!urns.isEmpty()) {
                return urns.stream().filter(byUrn::containsKey).sorted().toList();
            }
            List<String> found = new ArrayList<>();
            Object value = r.inputValues().get(property);
            List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                List<String> matches = v instanceof String s ? urnsById.getOrDefault(s, List.of()) : List.of();
                if (matches.size() == 1) {
                    found.add(matches.get(0));
                }
            }
            return found;
        }

        private List<String> refUnits(RecordedResource r, String property) {
            return refs(r, property).stream().map(this::unitOf).filter(Objects::nonNull).distinct().toList();
        }

        private List<RecordedResource> ofTypes(Set<String> types) {
            return resources.stream().filter(r -> types.contains(r.type())).toList();
        }

        private void edge(String from, String to, Diagram.Kind kind, String label) {
            if (from == null || to == null || from.equals(to)) {
                return;
            }
            Set<String> labels = edges.computeIfAbsent(new EdgeKey(from, to, kind), k -> new TreeSet<>(NATURAL));
            if (label != null && !label.isBlank()) {
                labels.add(label);
            }
        }

        private String external(String key, String label) {
            items.computeIfAbsent(key, k -> new Item(k, null, List.of(), null, "external", label, "", label));
            return key;
        }

        // ---- edges -------------------------------------------------------------------------

        private void securityGroupRules() {
            for (RecordedResource rule : ofTypes(Set.of(VPC_INGRESS, VPC_EGRESS, EC2_RULE))) {
                Map<String, Object> in = rule.inputValues();
                boolean ingress = rule.type().equals(EC2_RULE) ? "ingress".equals(in.get("type"))
                        : rule.type().equals(VPC_INGRESS);
                List<String> peers = new ArrayList<>();
                peers.addAll(refUnits(rule, rule.type().equals(EC2_RULE) ? "sourceSecurityGroupId"
                        : "referencedSecurityGroupId"));
                for (String property : List.of("prefixListId", "prefixListIds")) {
                    List<String> units = refUnits(rule, property);
                    peers.addAll(units);
                    if (units.isEmpty()) {
                        strings(in.get(property)).forEach(id -> peers.add(external("external:prefix:" + id,
                                "prefix list " + id)));
                    }
                }
                for (String property : List.of("cidrIpv4", "cidrIpv6", "cidrBlocks", "ipv6CidrBlocks")) {
                    strings(in.get(property)).forEach(cidr -> peers.add(cidr.equals("0.0.0.0/0") || cidr.equals("::/0")
                            ? external(INTERNET, "Internet") : external("external:cidr:" + cidr, cidr)));
                }
                String port = port(in);
                for (String group : refUnits(rule, "securityGroupId")) {
                    for (String peer : peers) {
                        if (ingress) {
                            edge(peer, group, Diagram.Kind.RULE, port);
                        } else {
                            edge(group, peer, Diagram.Kind.RULE, port);
                        }
                    }
                }
            }
        }

        private static String port(Map<String, Object> in) {
            String protocol = ResourceLabels.text(in.getOrDefault("ipProtocol", in.get("protocol")));
            if (protocol.equals("-1") || protocol.equals("all")) {
                return "all traffic";
            }
            String from = ResourceLabels.text(in.get("fromPort"));
            String to = ResourceLabels.text(in.get("toPort"));
            return protocol + " " + (from.equals(to) || to.isEmpty() ? from : from + "-" + to);
        }

        /** Security group unit → the units placed in it (anything whose inputs name the group, except rules). */
        private Map<String, Set<String>> memberships() {
            Map<String, Set<String>> members = new TreeMap<>();
            for (RecordedResource r : resources) {
                if (!drawn(r) || isEdgeResource(r) || r.type().equals(SECURITY_GROUP)) {
                    continue;
                }
                for (String urn : referenced(r)) {
                    RecordedResource target = byUrn.get(urn);
                    if (target != null && target.type().equals(SECURITY_GROUP)) {
                        String member = unitOf(r.urn());
                        String group = unitOf(urn);
                        if (member != null && !member.equals(group)) {
                            members.computeIfAbsent(group, g -> new TreeSet<>()).add(member);
                            edge(member, group, Diagram.Kind.MEMBER, null);
                        }
                    }
                }
            }
            return members;
        }

        /**
         * What a rule between two groups means for their members: each member of the source group
         * (load balancers aside: their flows come from listeners) reaches each member of the target.
         */
        private void ruleFlows(Map<String, Set<String>> members) {
            for (var rule : List.copyOf(edges.entrySet())) {
                EdgeKey key = rule.getKey();
                if (key.kind() != Diagram.Kind.RULE || !members.containsKey(key.from())) {
                    continue;
                }
                Item target = items.get(key.to());
                if (target == null || target.external()) {
                    continue;
                }
                Set<String> targets = target.type.equals(SECURITY_GROUP)
                        ? members.getOrDefault(key.to(), Set.of()) : Set.of(key.to());
                for (String source : members.get(key.from())) {
                    if (LOAD_BALANCERS.contains(items.get(source).type)) {
                        continue;
                    }
                    for (String t : targets) {
                        rule.getValue().forEach(label -> edge(source, t, Diagram.Kind.FLOW, label));
                    }
                }
            }
        }

        /** Internet → load balancer (its listeners) → service (listener rule, target group, container port). */
        private void loadBalancerFlows() {
            List<RecordedResource> listeners = ofTypes(LISTENERS);
            List<RecordedResource> rules = ofTypes(LISTENER_RULES);
            for (RecordedResource lb : ofTypes(LOAD_BALANCERS)) {
                if (Boolean.TRUE.equals(lb.inputValues().get("internal"))) {
                    continue;
                }
                for (RecordedResource listener : listeners) {
                    if (refs(listener, "loadBalancerArn").contains(lb.urn())) {
                        Map<String, Object> in = listener.inputValues();
                        boolean redirectOnly = actions(in.get("defaultActions")).stream()
                                .allMatch(a -> "redirect".equals(a.get("type")))
                                && rules.stream().noneMatch(r -> refs(r, "listenerArn").contains(listener.urn()));
                        edge(external(INTERNET, "Internet"), unitOf(lb.urn()), Diagram.Kind.FLOW,
                                ResourceLabels.text(in.get("protocol")) + " " + ResourceLabels.text(in.get("port"))
                                        + (redirectOnly ? " redirect" : ""));
                    }
                }
            }
            for (RecordedResource service : ofTypes(Set.of(ECS_SERVICE))) {
                Map<String, Object> in = service.inputValues();
                List<Map<?, ?>> attachments = actions(in.get("loadBalancers"));
                for (String targetGroup : refs(service, "loadBalancers")) {
                    String port = attachments.size() == 1 ? ResourceLabels.text(attachments.get(0).get("containerPort"))
                            : ResourceLabels.text(byUrn.get(targetGroup).inputValues().get("port"));
                    for (RecordedResource rule : rules) {
                        if (refs(rule, "actions").contains(targetGroup)) {
                            for (String listener : refs(rule, "listenerArn")) {
                                serviceFlow(listener, conditions(rule.inputValues()), port, service);
                            }
                        }
                    }
                    for (RecordedResource listener : listeners) {
                        if (refs(listener, "defaultActions").contains(targetGroup)) {
                            serviceFlow(listener.urn(), "", port, service);
                        }
                    }
                }
            }
        }

        private void serviceFlow(String listenerUrn, String conditions, String port, RecordedResource service) {
            RecordedResource listener = byUrn.get(listenerUrn);
            String protocol = ResourceLabels.text(listener.inputValues().get("protocol"));
            for (String lb : refs(listener, "loadBalancerArn")) {
                edge(unitOf(lb), unitOf(service.urn()), Diagram.Kind.FLOW,
                        (protocol + " " + conditions).trim() + " → " + port);
            }
        }

        private static String conditions(Map<String, Object> rule) {
            List<String> parts = new ArrayList<>();
            for (Map<?, ?> condition : actions(rule.get("conditions"))) {
                for (String field : List.of("hostHeader", "pathPattern")) {
                    if (condition.get(field) instanceof Map<?, ?> values) {
                        parts.addAll(strings(values.get("values")));
                    }
                }
            }
            return String.join(" ", parts);
        }

        /** Service → what its task definition's containers reference: secrets, buckets, images, data stores. */
        private void taskDefinitionFlows() {
            for (RecordedResource service : ofTypes(Set.of(ECS_SERVICE))) {
                String from = unitOf(service.urn());
                for (String taskDefinition : refs(service, "taskDefinition")) {
                    for (String urn : refs(byUrn.get(taskDefinition), "containerDefinitions")) {
                        RecordedResource target = byUrn.get(urn);
                        String type = target.type();
                        if (type.startsWith("aws:kms/") || type.startsWith("aws:iam/")
                                || type.equals("aws:cloudwatch/logGroup:LogGroup")) {
                            continue;
                        }
                        String to = unitOf(urn);
                        String targetType = items.containsKey(to) ? items.get(to).type : type;
                        edge(from, to, Diagram.Kind.FLOW, referenceLabel(targetType));
                    }
                }
            }
        }

        private static String referenceLabel(String type) {
            if (type.startsWith("aws:secretsmanager/")) {
                return "secret";
            }
            if (type.startsWith("aws:ecr/")) {
                return "image pull";
            }
            if (type.startsWith("aws:s3/") || type.equals("platform:storage:SecureBucket")) {
                return "S3 objects";
            }
            return null;
        }

        private void namedReferences() {
            for (NamedReference ref : NAMED_REFERENCES) {
                for (RecordedResource r : ofTypes(Set.of(ref.type()))) {
                    String self = unitOf(r.urn());
                    for (String target : refUnits(r, ref.property())) {
                        if (byUrn.get(target).type().equals("aws:cloudfront/originAccessControl:OriginAccessControl")) {
                            continue; // an origin's access control is configuration, not where requests go
                        }
                        if (ref.reversed()) {
                            edge(target, self, ref.kind(), ref.label());
                        } else {
                            edge(self, target, ref.kind(), ref.label());
                        }
                    }
                }
            }
        }

        private void webAclAssociations() {
            for (RecordedResource association : ofTypes(Set.of(WAF_ASSOCIATION))) {
                for (String acl : refUnits(association, "webAclArn")) {
                    for (String target : refUnits(association, "resourceArn")) {
                        edge(acl, target, Diagram.Kind.PROTECTS, "protects");
                    }
                }
            }
        }

        /**
         * Where subnets send traffic that leaves the VPC: each route's target (internet gateway, NAT
         * gateway, ...) from the subnets associated with its route table, and from NAT gateways
         * placed in those subnets; an internet gateway leads to the internet.
         */
        private void routes() {
            Map<String, List<String>> subnetsByTable = new HashMap<>();
            for (RecordedResource association : ofTypes(Set.of(ROUTE_TABLE_ASSOCIATION))) {
                for (String table : refs(association, "routeTableId")) {
                    subnetsByTable.computeIfAbsent(table, t -> new ArrayList<>()).addAll(refs(association, "subnetId"));
                }
            }
            Map<String, List<String>> natsBySubnet = new HashMap<>();
            for (RecordedResource nat : ofTypes(Set.of(NAT_GATEWAY))) {
                refs(nat, "subnetId").forEach(subnet ->
                        natsBySubnet.computeIfAbsent(subnet, x -> new ArrayList<>()).add(nat.urn()));
            }
            for (RecordedResource route : ofTypes(Set.of(ROUTE))) {
                Map<String, Object> in = route.inputValues();
                String destination = ResourceLabels.text(in.getOrDefault("destinationCidrBlock",
                        in.getOrDefault("destinationIpv6CidrBlock", in.get("destinationPrefixListId"))));
                List<String> targets = new ArrayList<>();
                for (String property : ROUTE_TARGETS) {
                    targets.addAll(refUnits(route, property));
                }
                for (String table : refs(route, "routeTableId")) {
                    for (String subnet : subnetsByTable.getOrDefault(table, List.of())) {
                        List<String> sources = new ArrayList<>(List.of(subnet));
                        sources.addAll(natsBySubnet.getOrDefault(subnet, List.of()));
                        for (String source : sources) {
                            targets.forEach(t -> edge(unitOf(source), t, Diagram.Kind.FLOW, destination));
                        }
                    }
                }
            }
            for (RecordedResource gateway : ofTypes(Set.of(INTERNET_GATEWAY))) {
                edge(unitOf(gateway.urn()), external(INTERNET, "Internet"), Diagram.Kind.FLOW, null);
            }
        }

        /**
         * Viewers reach each distribution over HTTPS; a distribution reads the buckets whose policy
         * names it (Origin Access Control) and writes logs where its log delivery points.
         */
        private void cloudFront() {
            List<RecordedResource> distributions = ofTypes(Set.of(DISTRIBUTION));
            for (RecordedResource distribution : distributions) {
                edge(external(INTERNET, "Internet"), unitOf(distribution.urn()), Diagram.Kind.FLOW, "HTTPS");
            }
            for (RecordedResource policy : ofTypes(Set.of("aws:s3/bucketPolicy:BucketPolicy"))) {
                for (String urn : refs(policy, "policy")) {
                    if (byUrn.get(urn).type().equals(DISTRIBUTION)) {
                        edge(unitOf(urn), unitOf(policy.urn()), Diagram.Kind.FLOW, "origin (OAC)");
                    }
                }
            }
            for (RecordedResource delivery : ofTypes(Set.of("aws:cloudwatch/logDelivery:LogDelivery"))) {
                for (String source : refs(delivery, "deliverySourceName")) {
                    for (String destination : refs(delivery, "deliveryDestinationArn")) {
                        for (String from : refUnits(byUrn.get(source), "resourceArn")) {
                            refUnits(byUrn.get(destination), "deliveryDestinationConfiguration")
                                    .forEach(to -> edge(from, to, Diagram.Kind.FLOW, "logs"));
                        }
                    }
                }
            }
        }

        /** Alarms, budgets and anything else that names an SNS topic notify through it. */
        private void notifications() {
            for (RecordedResource r : resources) {
                if (!drawn(r) || isEdgeResource(r) || r.type().startsWith("aws:sns/")) {
                    continue;
                }
                for (String urn : referenced(r)) {
                    RecordedResource target = byUrn.get(urn);
                    if (target != null && target.type().equals(SNS_TOPIC)) {
                        edge(unitOf(r.urn()), unitOf(urn), Diagram.Kind.FLOW, "notifies");
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static List<Map<?, ?>> actions(Object value) {
            return value instanceof List<?> list
                    ? (List<Map<?, ?>>) (List<?>) list.stream().filter(Map.class::isInstance).toList() : List.of();
        }

        private static List<String> strings(Object value) {
            if (value instanceof String s) {
                return s.isEmpty() ? List.of() : List.of(s);
            }
            return value instanceof List<?> list
                    ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        }
    }

    /** Sorts "tcp 80" before "tcp 443": digit runs compare as numbers. */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int cmp = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (cmp != 0) {
                    return cmp;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /**
     * Merges like items into one node until nothing changes, then assigns Mermaid-safe ids and
     * lays the nodes out in their tier and subnet-tier groups.
     */
    private static final class Layout {
        private final Map<String, Item> items;
        private final Map<String, Integer> tierCounts;
        private final Map<String, RecordedResource> byUrn;
        /** item key → the box (merged node) it is drawn in, by the box's first item key. */
        private final Map<String, String> boxOf = new HashMap<>();
        private final Map<String, List<Item>> boxes = new TreeMap<>();
        /** Boxes that summarize a group's unconnected resources. */
        private final Set<String> summaries = new HashSet<>();
        private final String prefix;
        private Map<EdgeKey, Set<String>> edges;

        Layout(Map<String, Item> items, Map<EdgeKey, Set<String>> edges, Map<String, Integer> tierCounts,
               Map<String, RecordedResource> byUrn, String prefix) {
            this.prefix = prefix;
            this.items = items;
            this.edges = edges;
            this.tierCounts = tierCounts;
            this.byUrn = byUrn;
            items.values().forEach(item -> {
                boxOf.put(item.key, item.key);
                boxes.put(item.key, new ArrayList<>(List.of(item)));
            });
        }

        Diagram diagram(String title) {
            collapse();
            summarize();
            Map<String, String> ids = assignIds();
            return new Diagram(title, groups(ids), externalNodes(ids), renderedEdges(ids));
        }

        /** Boxes of one type in one group whose edges are the same become one box; repeat until stable. */
        private void collapse() {
            boolean merged = true;
            while (merged) {
                merged = false;
                Map<String, List<String>> bySignature = new TreeMap<>();
                for (String box : boxes.keySet()) {
                    Item first = boxes.get(box).get(0);
                    if (first.external()) {
                        continue;
                    }
                    bySignature.computeIfAbsent(first.group() + "#" + first.type + "#" + signature(box),
                            s -> new ArrayList<>()).add(box);
                }
                for (List<String> same : bySignature.values()) {
                    if (same.size() < 2) {
                        continue;
                    }
                    String into = same.get(0);
                    for (String other : same.subList(1, same.size())) {
                        boxes.get(into).addAll(boxes.remove(other));
                        boxOf.replaceAll((item, box) -> box.equals(other) ? into : box);
                    }
                    merged = true;
                }
                if (merged) {
                    Map<EdgeKey, Set<String>> remapped = new LinkedHashMap<>();
                    edges.forEach((k, labels) -> {
                        String from = boxOf.get(k.from());
                        String to = boxOf.get(k.to());
                        if (!from.equals(to)) {
                            remapped.computeIfAbsent(new EdgeKey(from, to, k.kind()), x -> new TreeSet<>(NATURAL))
                                    .addAll(labels);
                        }
                    });
                    edges = remapped;
                }
            }
        }

        /**
         * In each group, what nothing connects (alarms, aliases, policies, route tables...) becomes
         * one node listing counts by type, so the connected architecture stays in view.
         */
        private void summarize() {
            Set<String> connected = new HashSet<>();
            edges.keySet().forEach(k -> {
                connected.add(k.from());
                connected.add(k.to());
            });
            Map<String, List<String>> byGroup = new TreeMap<>();
            for (String box : boxes.keySet()) {
                Item first = boxes.get(box).get(0);
                if (!first.external() && !connected.contains(box) && !ALWAYS_SHOWN.contains(first.type)) {
                    byGroup.computeIfAbsent(first.group(), g -> new ArrayList<>()).add(box);
                }
            }
            for (List<String> loose : byGroup.values()) {
                if (loose.size() < 2) {
                    continue;
                }
                String into = loose.get(0);
                for (String other : loose.subList(1, loose.size())) {
                    boxes.get(into).addAll(boxes.remove(other));
                    boxOf.replaceAll((item, box) -> box.equals(other) ? into : box);
                }
                summaries.add(into);
            }
        }

        private String signature(String box) {
            List<String> parts = new ArrayList<>();
            edges.forEach((k, labels) -> {
                if (boxOf.get(k.from()).equals(box)) {
                    parts.add("out " + k.kind() + " " + boxOf.get(k.to()) + " " + labels);
                }
                if (boxOf.get(k.to()).equals(box)) {
                    parts.add("in " + k.kind() + " " + boxOf.get(k.from()) + " " + labels);
                }
            });
            parts.sort(null);
            return String.join(";", parts);
        }

        private String tierKey(String tier) {
            if (tier.equals("stack")) {
                return "stack";
            }
            String type = byUrn.get(tier).type();
            return sanitize(type.substring(type.lastIndexOf(':') + 1));
        }

        private Map<String, String> assignIds() {
            Map<String, String> ids = new HashMap<>();
            // Group ids first: nodes that would clash with one get a suffix.
            Set<String> used = new HashSet<>();
            for (List<Item> members : boxes.values()) {
                if (members.get(0).external()) {
                    continue;
                }
                List<String> path = groupPath(members.get(0));
                for (int i = 1; i <= path.size(); i++) {
                    used.add(groupId(path.subList(0, i)));
                }
            }
            for (var entry : sortedBoxes()) {
                List<Item> members = entry.getValue();
                Item first = members.get(0);
                String base;
                if (first.external()) {
                    base = first.key.equals(INTERNET) ? "internet" : sanitize("ext " + first.shortName);
                } else {
                    String group = groupId(groupPath(first)).replace("__", "_");
                    if (summaries.contains(entry.getKey())) {
                        base = group + "_other";
                    } else if (members.size() == 1) {
                        base = tierKey(first.tier) + "_" + sanitize(first.shortName);
                    } else {
                        String type = first.type.substring(first.type.lastIndexOf(':') + 1);
                        base = group + "_" + sanitize(type) + "_x" + members.size();
                    }
                }
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "_" + n;
                }
                ids.put(entry.getKey(), id);
            }
            return ids;
        }

        /** Tier, container components, then subnet tier ({@code "subnet:public"}). */
        private static List<String> groupPath(Item item) {
            List<String> path = new ArrayList<>();
            path.add(item.tier);
            path.addAll(item.containers);
            if (item.subnetTier != null) {
                path.add("subnet:" + item.subnetTier);
            }
            return path;
        }

        /** {@code network}, {@code network__public}, {@code edge__web_frontend}: '__' never occurs in a sanitized name. */
        private String groupId(List<String> path) {
            StringBuilder id = new StringBuilder(tierKey(path.get(0)));
            for (String segment : path.subList(1, path.size())) {
                id.append("__").append(segment.startsWith("subnet:") ? sanitize(segment.substring(7))
                        : sanitize(shortName(byUrn.get(segment).name())));
            }
            return id.toString();
        }

        private String groupLabel(String segment) {
            if (segment.equals("stack")) {
                return "Stack";
            }
            if (segment.startsWith("subnet:")) {
                return segment.substring(7) + " subnets";
            }
            RecordedResource component = byUrn.get(segment);
            String type = capitalize(ResourceLabels.words(component.type().substring(component.type().lastIndexOf(':') + 1)));
            return component.parent() == null || !byUrn.containsKey(component.parent()) || isRoot(component.parent())
                    ? type + " · " + tierCounts.getOrDefault(segment, 0) + " resources"
                    : type + " · " + shortName(component.name());
        }

        private boolean isRoot(String urn) {
            return byUrn.get(urn).type().equals(STACK);
        }

        private String shortName(String name) {
            return !prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()
                    ? name.substring(prefix.length()) : name;
        }

        private List<Map.Entry<String, List<Item>>> sortedBoxes() {
            return boxes.entrySet().stream().sorted(Comparator
                    .comparing((Map.Entry<String, List<Item>> e) -> summaries.contains(e.getKey()))
                    .thenComparing(e -> e.getValue().get(0).type)
                    .thenComparing(e -> e.getValue().get(0).shortName)).toList();
        }

        /** A subgraph being assembled: its segment, nodes, and child subgraphs by segment. */
        private final class GroupBuilder {
            final List<String> path;
            final List<Diagram.Node> nodes = new ArrayList<>();
            final Map<String, GroupBuilder> children;

            GroupBuilder(List<String> path) {
                this.path = path;
                this.children = new TreeMap<>(Comparator
                        .comparing((String segment) -> segment.startsWith("subnet:"))
                        .thenComparingInt(segment -> segment.startsWith("subnet:") ? subnetOrder(segment.substring(7)) : 0)
                        .thenComparing(segment -> segment.startsWith("subnet:") ? segment
                                : groupId(List.of(path.get(0), segment))));
            }

            Diagram.Group build() {
                return new Diagram.Group(groupId(path), groupLabel(path.get(path.size() - 1)),
                        children.values().stream().map(GroupBuilder::build).toList(), nodes);
            }
        }

        private List<Diagram.Group> groups(Map<String, String> ids) {
            Map<String, GroupBuilder> tiers = new TreeMap<>(Comparator.comparing(this::tierKey));
            for (var entry : sortedBoxes()) {
                Item first = entry.getValue().get(0);
                if (first.external()) {
                    continue;
                }
                List<String> path = groupPath(first);
                GroupBuilder group = tiers.computeIfAbsent(path.get(0), t -> new GroupBuilder(List.of(t)));
                for (int i = 1; i < path.size(); i++) {
                    List<String> prefix = path.subList(0, i + 1);
                    group = group.children.computeIfAbsent(path.get(i), x -> new GroupBuilder(List.copyOf(prefix)));
                }
                group.nodes.add(node(entry.getKey(), ids.get(entry.getKey()), entry.getValue()));
            }
            return tiers.values().stream().map(GroupBuilder::build).toList();
        }

        private List<Diagram.Node> externalNodes(Map<String, String> ids) {
            return sortedBoxes().stream().filter(e -> e.getValue().get(0).external())
                    .map(e -> node(e.getKey(), ids.get(e.getKey()), e.getValue())).toList();
        }

        private Diagram.Node node(String box, String id, List<Item> members) {
            Item first = members.get(0);
            int resources = members.stream().mapToInt(i -> Math.max(i.resources, 1)).sum();
            if (first.external()) {
                return new Diagram.Node(id, first.shortName, Diagram.Shape.CIRCLE, Diagram.Style.EXTERNAL, 0);
            }
            if (summaries.contains(box)) {
                Map<String, Integer> byType = new TreeMap<>();
                members.forEach(i -> byType.merge(ResourceLabels.type(i.type), 1, Integer::sum));
                String lines = byType.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " × " + e.getKey())
                        .collect(java.util.stream.Collectors.joining("\n"));
                return new Diagram.Node(id, lines, Diagram.Shape.STACK, Diagram.Style.GROUPED, resources);
            }
            String type = ResourceLabels.type(first.type);
            if (members.size() > 1) {
                List<String> tags = members.stream().map(i -> i.memberTag).sorted(NATURAL).toList();
                String list = String.join(" · ", tags);
                boolean listed = tags.size() <= MAX_LISTED_MEMBERS;
                return new Diagram.Node(id, members.size() + " × " + type + (listed ? "\n" + list : ""),
                        Diagram.Shape.STACK, Diagram.Style.GROUPED, resources);
            }
            // A secret or log group is known by its AWS name, which says more than the resource name.
            boolean named = first.type.equals("aws:secretsmanager/secret:Secret")
                    || first.type.equals("aws:cloudwatch/logGroup:LogGroup");
            String label = type + "\n" + (named && !first.detail.isEmpty() ? first.detail
                    : first.shortName + (first.detail.isEmpty() ? "" : "\n" + first.detail))
                    + (first.resources > 1 ? "\n" + first.resources + " resources" : "");
            if (first.type.equals(SECURITY_GROUP)) {
                return new Diagram.Node(id, label, Diagram.Shape.HEXAGON, Diagram.Style.SECURITY_GROUP, resources);
            }
            if (DATA_STORES.contains(first.type)) {
                return new Diagram.Node(id, label, Diagram.Shape.DATABASE, Diagram.Style.DATA_STORE, resources);
            }
            if (COMPUTE.contains(first.type)) {
                return new Diagram.Node(id, label, Diagram.Shape.ROUNDED, Diagram.Style.COMPUTE, resources);
            }
            return new Diagram.Node(id, label, Diagram.Shape.BOX, Diagram.Style.RESOURCE, resources);
        }

        private List<Diagram.Edge> renderedEdges(Map<String, String> ids) {
            return edges.entrySet().stream()
                    .map(e -> new Diagram.Edge(ids.get(e.getKey().from()), ids.get(e.getKey().to()), e.getKey().kind(),
                            String.join(" · ", e.getValue())))
                    .sorted(Comparator.comparing(Diagram.Edge::kind).thenComparing(Diagram.Edge::from)
                            .thenComparing(Diagram.Edge::to))
                    .toList();
        }

        private static String capitalize(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    private static int subnetOrder(String subnetTier) {
        int i = SUBNET_TIERS.indexOf(subnetTier);
        return subnetTier.isEmpty() ? -1 : i < 0 ? SUBNET_TIERS.size() : i;
    }

    /** Lower-case letters, digits and single underscores, starting with a letter. */
    static String sanitize(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "n" + (s.isEmpty() ? "" : "_" + s);
        }
        return s;
    }

}
