package io.platform.policy.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.sdk.PolicyTestKit.forRule;

class EcrRulesTest {

    @Test
    void scanOnPush() {
        forRule(EcrRules.scanOnPush()).withProperty("imageScanningConfiguration", Map.of("scanOnPush", true))
                .expectNoViolations();
        forRule(EcrRules.scanOnPush()).withProperty("name", "platform/api")
                .expectViolations("imageScanningConfiguration.scanOnPush is not set; images must be scanned for vulnerabilities on push");
    }

    @Test
    void immutableTags() {
        forRule(EcrRules.immutableTags()).withProperty("imageTagMutability", "IMMUTABLE").expectNoViolations();
        forRule(EcrRules.immutableTags()).withProperty("imageTagMutability", "MUTABLE")
                .expectViolations("imageTagMutability is MUTABLE; image tags must be immutable so a deployed tag always means the same image");
        forRule(EcrRules.immutableTags()).withProperty("name", "platform/api")
                .expectViolations("imageTagMutability is not set (MUTABLE); image tags must be immutable so a deployed tag always means the same image");
    }

    @Test
    void kmsEncryption() {
        forRule(EcrRules.kmsEncryption())
                .withProperty("encryptionConfigurations", List.of(Map.of("encryptionType", "KMS", "kmsKey", "arn:aws:kms:k")))
                .expectNoViolations();
        forRule(EcrRules.kmsEncryption())
                .withProperty("encryptionConfigurations", List.of(Map.of("encryptionType", "AES256")))
                .expectViolations("encryptionConfigurations[0].encryptionType is AES256; encrypt images with a customer-managed KMS key");
        forRule(EcrRules.kmsEncryption()).withProperty("name", "platform/api")
                .expectViolations("encryptionConfigurations is not set (AES256); encrypt images with a customer-managed KMS key");
    }
}
