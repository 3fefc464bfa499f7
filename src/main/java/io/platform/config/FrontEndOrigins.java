package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A front end's extra origins: {@code apiPaths} forwarded to the ALB (through the API's domain, the
 * name its certificate covers) and {@code bucketOrigins}, private buckets of the front end served
 * on their own path patterns (seed 003: photos, documents, signatures).
 */
final class FrontEndOrigins {
    private static final Pattern PATH_PATTERN = Pattern.compile("/[A-Za-z0-9._~/-]*\\*?");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,20}");

    private FrontEndOrigins() {
    }

    static List<String> apiPaths(ConfigSection f, Optional<String> apiDomain) {
        List<String> paths = pathPatterns(f, "apiPaths");
        if (!paths.isEmpty() && apiDomain.isEmpty()) {
            throw new ConfigException(f.keyOf("apiPaths"), "needs platform:edge.apiDomain: CloudFront reaches the ALB "
                    + "through that name, which the ALB's certificate covers");
        }
        return paths;
    }

    /** @param site the front end's name: each origin's bucket is {@code <prefix>-<env>-<site>-<name>[-<region>]-<account>} */
    static List<EdgeConfig.BucketOrigin> bucketOrigins(ConfigSection f, Naming naming, String site,
                                                       List<String> apiPaths) {
        List<EdgeConfig.BucketOrigin> origins = f.sections("bucketOrigins", o -> origin(o, naming, site));
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>(apiPaths);
        for (int i = 0; i < origins.size(); i++) {
            String key = f.keyOf("bucketOrigins") + "[" + i + "]";
            if (!names.add(origins.get(i).name())) {
                throw new ConfigException(key + ".name", "'" + origins.get(i).name() + "' is used by another origin");
            }
            if (!paths.add(origins.get(i).pathPattern())) {
                throw new ConfigException(key + ".pathPattern", "'" + origins.get(i).pathPattern()
                        + "' is already served by another origin of this front end");
            }
        }
        return origins;
    }

    private static EdgeConfig.BucketOrigin origin(ConfigSection o, Naming naming, String site) {
        String name = o.requiredString("name", "the origin's name; its bucket is <project>-<env>-<site>-<name>");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(o.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-21 lower-case letters, "
                    + "digits and '-', starting with a letter");
        }
        BucketNames.check(o.keyOf("name"), naming, site + "-" + name, name, "origin bucket");
        String path = o.requiredString("pathPattern", "the paths served from the bucket, e.g. /photos/*");
        if (!PATH_PATTERN.matcher(path).matches() || path.equals("/*")) {
            throw new ConfigException(o.keyOf("pathPattern"), "'" + path + "' is not allowed; allowed: a path pattern "
                    + "below the site root such as /photos/* (the site bucket serves /*)");
        }
        return new EdgeConfig.BucketOrigin(name, path);
    }

    /** Distinct path patterns below the site root ({@link ConfigSection#strings} refuses one listed twice). */
    private static List<String> pathPatterns(ConfigSection f, String key) {
        List<String> values = f.strings(key, List.of());
        for (int i = 0; i < values.size(); i++) {
            if (!PATH_PATTERN.matcher(values.get(i)).matches() || values.get(i).equals("/*")) {
                throw new ConfigException(f.keyOf(key) + "[" + i + "]", "'" + values.get(i) + "' is not allowed; "
                        + "allowed: a path pattern below the site root such as /api/* (the site bucket serves /*)");
            }
        }
        return values;
    }
}
