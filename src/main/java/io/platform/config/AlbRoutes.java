package io.platform.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listener-rule priorities of everything behind the ALB's HTTPS listener — public services and
 * instances registered behind it. The ALB evaluates rules lowest priority first and the first match
 * wins, so a catch-all listed before a specific route would swallow it: rules are ordered host-matched
 * before host-less, then by the longest literal path prefix; config order (services, then instances)
 * only breaks ties.
 */
public final class AlbRoutes {
    public static final int STEP = 10;
    public static final String SERVICE = "service:";
    public static final String INSTANCE = "instance:";

    private AlbRoutes() {
    }

    /** {@code service:<name>} / {@code instance:<name>} → listener-rule priority. */
    public static Map<String, Integer> priorities(List<ServiceConfig> services, List<InstanceConfig> instances) {
        List<Map.Entry<String, ServiceConfig.Route>> routes = new ArrayList<>();
        services.forEach(s -> s.route().ifPresent(r -> routes.add(Map.entry(SERVICE + s.name(), r))));
        instances.forEach(i -> i.loadBalancer().ifPresent(lb -> routes.add(Map.entry(INSTANCE + i.name(), lb.route()))));
        Comparator<Map.Entry<String, ServiceConfig.Route>> byHost = Comparator.comparing(e -> e.getValue().hosts().isEmpty());
        Comparator<Map.Entry<String, ServiceConfig.Route>> byPath =
                Comparator.<Map.Entry<String, ServiceConfig.Route>>comparingInt(e -> literalPrefix(e.getValue())).reversed();
        Map<String, Integer> priorities = new LinkedHashMap<>();
        // List.sort is stable: routes of equal specificity keep their config order.
        List<Map.Entry<String, ServiceConfig.Route>> sorted = routes.stream().sorted(byHost.thenComparing(byPath)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            priorities.put(sorted.get(i).getKey(), STEP * (i + 1));
        }
        return priorities;
    }

    /** Length of the longest path before its first wildcard; a route with no path matches everything. */
    static int literalPrefix(ServiceConfig.Route route) {
        return route.paths().stream()
                .mapToInt(p -> {
                    int wildcard = p.indexOf('*');
                    int question = p.indexOf('?');
                    return wildcard < 0 ? (question < 0 ? p.length() : question)
                            : (question < 0 ? wildcard : Math.min(wildcard, question));
                })
                .max().orElse(0);
    }

    /** Every host × path pair a route answers; a missing side matches anything. */
    static List<String> keys(ServiceConfig.Route route) {
        List<String> hosts = route.hosts().isEmpty() ? List.of("*") : route.hosts();
        List<String> paths = route.paths().isEmpty() ? List.of("/*") : route.paths();
        List<String> keys = new ArrayList<>();
        hosts.forEach(h -> paths.forEach(p -> keys.add(h + p)));
        return keys;
    }
}
