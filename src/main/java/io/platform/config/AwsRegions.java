package io.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The AWS regions: partition and the number of availability zones a new account can use there.
 * The region list follows the AWS provider's own {@code com.pulumi.aws.enums.Region} (a test keeps
 * the two equal); the AZ counts, which no SDK publishes, are from the AWS Regions and Zones page.
 * The platform deploys to the {@code aws} partition only: its CloudFront certificates, web ACLs
 * and alarms live in us-east-1, and some ARNs it builds are commercial-partition service ARNs.
 */
public final class AwsRegions {
    public static final String SUPPORTED_PARTITION = "aws";

    /** A region; {@code zones} is 0 where AWS does not publish it (the isolated partitions). */
    public record Region(String name, String partition, int zones) {
    }

    private static final Map<String, Region> REGIONS = table(
            // name, partition, AZs usable by a new account
            "us-east-1", "aws", 6, "us-east-2", "aws", 3,
            "us-west-1", "aws", 2, // three zones exist; accounts created since 2013 get two
            "us-west-2", "aws", 4,
            "af-south-1", "aws", 3, "ap-east-1", "aws", 3, "ap-south-1", "aws", 3, "ap-south-2", "aws", 3,
            "ap-southeast-1", "aws", 3, "ap-southeast-2", "aws", 3, "ap-southeast-3", "aws", 3,
            "ap-southeast-4", "aws", 3, "ap-southeast-5", "aws", 3, "ap-southeast-7", "aws", 3,
            "ap-northeast-1", "aws", 3, // four zones exist; apne1-az3 takes no new accounts
            "ap-northeast-2", "aws", 4, "ap-northeast-3", "aws", 3,
            "ca-central-1", "aws", 3, "ca-west-1", "aws", 3,
            "eu-central-1", "aws", 3, "eu-central-2", "aws", 3, "eu-west-1", "aws", 3, "eu-west-2", "aws", 3,
            "eu-west-3", "aws", 3, "eu-south-1", "aws", 3, "eu-south-2", "aws", 3, "eu-north-1", "aws", 3,
            "il-central-1", "aws", 3, "me-south-1", "aws", 3, "me-central-1", "aws", 3, "mx-central-1", "aws", 3,
            "sa-east-1", "aws", 3,
            "cn-north-1", "aws-cn", 3, "cn-northwest-1", "aws-cn", 3,
            "us-gov-west-1", "aws-us-gov", 3, "us-gov-east-1", "aws-us-gov", 3,
            "us-iso-east-1", "aws-iso", 0, "us-iso-west-1", "aws-iso", 0, "us-isob-east-1", "aws-iso-b", 0,
            "eu-isoe-west-1", "aws-iso-e", 0);

    public static final Catalogue CATALOGUE = Catalogue.of("an AWS region (such as us-east-1)", REGIONS.keySet());

    private AwsRegions() {
    }

    public static Optional<Region> find(String name) {
        return Optional.ofNullable(REGIONS.get(name));
    }

    public static Map<String, Region> all() {
        return REGIONS;
    }

    /**
     * The region named by {@code key}: one that exists, in the partition this platform deploys to.
     * Refusals say which of the two it failed.
     */
    public static Region require(String key, String name) {
        Region region = find(name).orElseThrow(() -> new ConfigException(key, CATALOGUE.refusal(name)));
        if (!region.partition().equals(SUPPORTED_PARTITION)) {
            throw new ConfigException(key, "'" + name + "' is in the " + region.partition() + " partition; this "
                    + "platform deploys to the " + SUPPORTED_PARTITION + " partition only (its CloudFront "
                    + "certificates and web ACLs live in us-east-1); allowed: " + supported());
        }
        return region;
    }

    /**
     * A region other than the stack's own (a DR copy, a cross-region replica), as {@link #require}
     * checks it; {@code remedy} says what to do instead of naming the own region.
     */
    public static Region requireOther(String key, String name, String stackRegion, String remedy) {
        Region region = require(key, name);
        if (name.equals(stackRegion)) {
            throw new ConfigException(key, "'" + name + "' is the stack's own region; " + remedy);
        }
        return region;
    }

    private static String supported() {
        return REGIONS.values().stream().filter(r -> r.partition().equals(SUPPORTED_PARTITION)).map(Region::name)
                .sorted().collect(Collectors.joining(", "));
    }

    private static Map<String, Region> table(Object... rows) {
        Map<String, Region> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 3) {
            out.put((String) rows[i], new Region((String) rows[i], (String) rows[i + 1], (Integer) rows[i + 2]));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
