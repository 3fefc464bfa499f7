package io.platform.policy.rules.cases;

final class WafCases {
    private WafCases() {
    }

    static void define(Cases c) {
    }
}
