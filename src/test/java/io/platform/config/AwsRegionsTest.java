package io.platform.config;

import com.pulumi.aws.enums.Region;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The region table is the AWS provider's own region list, each with a partition and an AZ count. */
class AwsRegionsTest {
    @Test
    void theTableListsExactlyTheProvidersRegions() {
        assertThat(AwsRegions.all().keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Region.values()).map(Region::getValue).collect(Collectors.toSet()));
    }

    @Test
    void everyRegionOfTheSupportedPartitionHasEnoughZonesToBeUsable() {
        AwsRegions.all().values().stream().filter(r -> r.partition().equals("aws"))
                .forEach(r -> assertThat(r.zones()).as(r.name()).isBetween(2, 6));
        assertThat(AwsRegions.find("us-east-1")).get().extracting(AwsRegions.Region::zones).isEqualTo(6);
        assertThat(AwsRegions.find("us-west-1")).get().extracting(AwsRegions.Region::zones).isEqualTo(2);
        assertThat(AwsRegions.find("cn-north-1")).get().extracting(AwsRegions.Region::partition).isEqualTo("aws-cn");
        assertThat(AwsRegions.find("us-gov-east-1")).get().extracting(AwsRegions.Region::partition).isEqualTo("aws-us-gov");
        assertThat(AwsRegions.find("us-east-9")).isEmpty();
    }
}
