package io.platform.policy.rules.cases;

final class AccountCases {
    private AccountCases() {
    }

    static void define(Cases c) {
    }
}
