package io.platform.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instance classes the data tier and the EC2 hosts accept: current-generation families only, each
 * with the sizes AWS sells in it (RDS for PostgreSQL 15+, ElastiCache for Redis OSS and EC2 instance-type
 * pages).
 * Previous generations (db.t2, db.m4, db.r4, cache.t2, cache.m4, cache.r4…) are refused on purpose:
 * PostgreSQL 15 does not run on them, and ElastiCache only keeps them for existing clusters.
 */
public final class InstanceClasses {
    private static final List<String> BURSTABLE = List.of("micro", "small", "medium", "large", "xlarge", "2xlarge");
    private static final List<String> GRAVITON = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge",
            "12xlarge", "16xlarge");
    private static final List<String> INTEL_5 = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge",
            "12xlarge", "16xlarge", "24xlarge");
    private static final List<String> INTEL_6 = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge",
            "12xlarge", "16xlarge", "24xlarge", "32xlarge");
    private static final List<String> LATEST = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge",
            "12xlarge", "16xlarge", "24xlarge", "48xlarge");

    private static final Map<String, List<String>> RDS_FAMILIES = families(
            "db.t3", BURSTABLE, "db.t4g", BURSTABLE,
            "db.m5", INTEL_5, "db.m5d", INTEL_5, "db.m6g", GRAVITON, "db.m6gd", GRAVITON, "db.m6i", INTEL_6,
            "db.m6id", INTEL_6, "db.m7g", GRAVITON, "db.m7i", LATEST, "db.m8g", LATEST,
            "db.r5", INTEL_5, "db.r5b", INTEL_5, "db.r5d", INTEL_5, "db.r6g", GRAVITON, "db.r6gd", GRAVITON,
            "db.r6i", INTEL_6, "db.r6id", INTEL_6, "db.r7g", GRAVITON, "db.r7i", LATEST, "db.r8g", LATEST,
            "db.x2g", GRAVITON);

    private static final List<String> CACHE_BURSTABLE = List.of("micro", "small", "medium");
    private static final List<String> CACHE_INTEL = List.of("large", "xlarge", "2xlarge", "4xlarge", "12xlarge",
            "24xlarge");
    private static final Map<String, List<String>> CACHE_FAMILIES = families(
            "cache.t3", CACHE_BURSTABLE, "cache.t4g", CACHE_BURSTABLE,
            "cache.m5", CACHE_INTEL, "cache.m6g", GRAVITON, "cache.m7g", GRAVITON,
            "cache.r5", CACHE_INTEL, "cache.r6g", GRAVITON, "cache.r7g", GRAVITON, "cache.c7gn", GRAVITON);

    private static final List<String> EC2_BURSTABLE = List.of("nano", "micro", "small", "medium", "large", "xlarge",
            "2xlarge");
    private static final List<String> EC2_GRAVITON = List.of("medium", "large", "xlarge", "2xlarge", "4xlarge",
            "8xlarge", "12xlarge", "16xlarge");
    private static final Map<String, List<String>> EC2_FAMILIES = families(
            "t3", EC2_BURSTABLE, "t3a", EC2_BURSTABLE, "t4g", EC2_BURSTABLE,
            "m5", INTEL_5, "m5a", INTEL_5, "m6i", INTEL_6, "m6g", EC2_GRAVITON, "m7i", LATEST, "m7g", EC2_GRAVITON,
            "c6i", INTEL_6, "c6g", EC2_GRAVITON, "c7i", LATEST, "c7g", EC2_GRAVITON,
            "r5", INTEL_5, "r6i", INTEL_6, "r6g", EC2_GRAVITON, "r7i", LATEST, "r7g", EC2_GRAVITON);

    /** RDS for PostgreSQL instance classes. */
    public static final Catalogue RDS = catalogue("an RDS PostgreSQL instance class", RDS_FAMILIES);
    /** ElastiCache for Redis OSS node types. */
    public static final Catalogue ELASTICACHE = catalogue("an ElastiCache node type", CACHE_FAMILIES);
    /** EC2 instance types for platform:instances (hosts such as seed 000's Airflow), without bare metal. */
    public static final Catalogue EC2 = catalogue("an EC2 instance type", EC2_FAMILIES);

    private InstanceClasses() {
    }

    private static Catalogue catalogue(String what, Map<String, List<String>> families) {
        List<String> names = new ArrayList<>();
        families.forEach((family, sizes) -> sizes.forEach(size -> names.add(family + "." + size)));
        return Catalogue.of(what + " of a current family (" + String.join(", ", families.keySet()) + ")", names);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> families(Object... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (List<String>) pairs[i + 1]);
        }
        return out;
    }
}
