package io.platform.policy.rules.elb;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** Load balancer rules (v2 under all its tokens, and Classic), one class each. */
public final class ElbRules {
    private ElbRules() {
    }

    public static List<Policy> all() {
        return List.of(TlsPolicy.policy(), HttpRedirectsOnly.policy(), SecureListenerProtocol.policy(),
                DropInvalidHeaders.policy(), AccessLogs.policy(), DeletionProtection.policy(), DesyncMitigation.policy(),
                MultiAz.policy(), ClassicListeners.policy(), ClassicSettings.policy(), ClassicTlsPolicy.policy(),
                WafAssociation.policy(), TargetGroupEncryption.policy());
    }
}
