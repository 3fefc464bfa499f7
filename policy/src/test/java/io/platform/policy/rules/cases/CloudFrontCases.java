package io.platform.policy.rules.cases;

final class CloudFrontCases {
    private CloudFrontCases() {
    }

    static void define(Cases c) {
    }
}
