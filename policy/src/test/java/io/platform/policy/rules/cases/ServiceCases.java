package io.platform.policy.rules.cases;

final class ServiceCases {
    private ServiceCases() {
    }

    static void define(Cases c) {
    }
}
