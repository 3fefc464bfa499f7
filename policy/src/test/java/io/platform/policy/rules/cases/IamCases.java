package io.platform.policy.rules.cases;

final class IamCases {
    private IamCases() {
    }

    static void define(Cases c) {
    }
}
