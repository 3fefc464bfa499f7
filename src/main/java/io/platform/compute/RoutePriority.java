package io.platform.compute;

import io.platform.config.ServiceConfig;

import java.util.Comparator;
import java.util.List;

/**
 * The ALB evaluates listener rules by priority, lowest first, and the first match wins: a
 * catch-all listed before a specific route would swallow it. Rules are therefore ordered by
 * specificity — host-matched before host-less, then by the longest literal path prefix — and
 * config order only breaks ties.
 */
final class RoutePriority {
    static final int STEP = 10;

    private RoutePriority() {
    }

    static List<ServiceConfig> mostSpecificFirst(List<ServiceConfig> services) {
        Comparator<ServiceConfig> byHost = Comparator.comparing(s -> s.route().orElseThrow().hosts().isEmpty());
        Comparator<ServiceConfig> byPath = Comparator.comparingInt(RoutePriority::literalPrefix).reversed();
        // List.sort is stable: services of equal specificity keep their config order.
        return services.stream().sorted(byHost.thenComparing(byPath)).toList();
    }

    /** Length of the longest path before its first wildcard; a service with no path matches everything. */
    static int literalPrefix(ServiceConfig service) {
        return service.route().orElseThrow().paths().stream()
                .mapToInt(p -> {
                    int wildcard = p.indexOf('*');
                    int question = p.indexOf('?');
                    int cut = wildcard < 0 ? (question < 0 ? p.length() : question)
                            : (question < 0 ? wildcard : Math.min(wildcard, question));
                    return cut;
                })
                .max().orElse(0);
    }
}
