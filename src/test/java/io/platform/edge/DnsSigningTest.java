package io.platform.edge;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.KMS_KEY;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code platform:dnssec: true}: the hosted zone is signed with an ECC_NIST_P256 key Route 53 may use. */
class DnsSigningTest {
    private static PlanResult plan() {
        return planWith("production", Map.of("platform:dnssec", "true"));
    }

    @Test
    void theKeyIsAnEccSigningKeyRoute53MayUseForThisAccountsZones() {
        RecordedResource key = resource(plan(), KMS_KEY, "dnssec");
        assertThat(key.inputValues()).containsEntry("customerMasterKeySpec", "ECC_NIST_P256")
                .containsEntry("keyUsage", "SIGN_VERIFY").containsEntry("deletionWindowInDays", 30L)
                .doesNotContainKey("enableKeyRotation");
        assertThat(json(key, "policy")).isEqualTo(parse("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"AccountAdministers\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
                + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"Route53DnssecSigns\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"dnssec-route53.amazonaws.com\"},"
                + "\"Action\":[\"kms:DescribeKey\",\"kms:GetPublicKey\",\"kms:Sign\"],\"Resource\":\"*\",\"Condition\":{"
                + "\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:route53:::hostedzone/*\"}}},"
                + "{\"Sid\":\"Route53DnssecGrants\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"dnssec-route53.amazonaws.com\"},"
                + "\"Action\":\"kms:CreateGrant\",\"Resource\":\"*\",\"Condition\":{"
                + "\"Bool\":{\"kms:GrantIsForAWSResource\":\"true\"},\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"}}}]}"));
    }

    @Test
    void theZonesKskIsActiveAndSigningIsOn() {
        PlanResult plan = plan();
        RecordedResource key = resource(plan, KMS_KEY, "dnssec");
        Map<String, Object> ksk = resource(plan, "aws:route53/keySigningKey:KeySigningKey", "dnssec-ksk").inputValues();
        assertThat(ksk).containsEntry("status", "ACTIVE").containsEntry("name", "platform_production_ksk")
                .containsEntry("keyManagementServiceArn", "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + key.id());
        RecordedResource signing = resource(plan, "aws:route53/hostedZoneDnsSec:HostedZoneDnsSec", "dnssec-signing");
        assertThat(signing.inputValues()).containsEntry("signingStatus", "SIGNING")
                .containsEntry("hostedZoneId", ksk.get("hostedZoneId"));
        assertThat(plan.ofType("aws:route53/keySigningKey:KeySigningKey")).hasSize(1);
        assertThat(List.of(plan("production"))).isNotEmpty();
    }

    private static PlanResult plan(String stack) {
        return io.platform.observability.OpsPlans.plan(stack);
    }

    @Test
    void offByDefaultAndOnlyWithAZone() {
        assertThat(plan("production").ofType("aws:route53/keySigningKey:KeySigningKey")).isEmpty();
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:dnssec", "\"yes\""))))
                .hasMessageStartingWith("platform:dnssec: ").hasMessageNotContaining("\n");
    }
}
