package io.platform.policy.rules.cases;

final class ElbCases {
    private ElbCases() {
    }

    static void define(Cases c) {
    }
}
