package io.platform.policy.rules.cases;

final class EcsCases {
    private EcsCases() {
    }

    static void define(Cases c) {
    }
}
