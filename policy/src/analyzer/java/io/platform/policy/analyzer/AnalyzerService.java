package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.ConfiguredPolicy;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyConfigException;
import io.platform.policy.sdk.PolicyEngine;
import io.platform.policy.sdk.PolicyExecutionException;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.StructCodec;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureResponse;
import pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest;
import pulumirpc.AnalyzerOuterClass.RemediateResponse;
import pulumirpc.Plugin.PluginInfo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The {@code pulumirpc.Analyzer} service over the platform's policy pack. The engine calls, in order:
 * Handshake, ConfigureStack, GetPluginInfo, GetAnalyzerInfo, Configure, then Remediate and Analyze for
 * each resource as it is registered, and AnalyzeStack once at the end of a preview or update.
 *
 * <p>Analyze and Remediate run only resource policies, AnalyzeStack only stack policies (running every
 * policy in both would report each resource finding twice). No finding is ever made from a value that
 * is not known yet: such checks are skipped, counted, and summed up in one debug message when the
 * stack is analysed (not one message per Analyze: a log call per resource cost more than the analysis).
 */
final class AnalyzerService extends AnalyzerGrpc.AnalyzerImplBase {
    /** How long an RPC waits for the pack, which is built after the port is printed. */
    static final long PACK_LOAD_TIMEOUT_SECONDS = 60;

    /** The pack, its engine and mapper, once loaded. */
    record LoadedPack(PolicyEngine engine, DiagnosticMapper diagnostics, AnalyzerInfo info) {
        static LoadedPack load() {
            PolicyEngine engine = new PolicyEngine(PlatformPolicyPack.create());
            return new LoadedPack(engine, new DiagnosticMapper(engine.pack()),
                    AnalyzerInfoMapper.analyzerInfo(engine.pack()));
        }
    }

    private final CompletableFuture<LoadedPack> pack;
    private final AnalyzerState state;
    private final EngineLog log;
    private final Runnable onCancel;
    /** Checks skipped by Analyze/Remediate since the last summary, and the calls that skipped some. */
    private final AtomicLong skippedChecks = new AtomicLong();
    private final AtomicLong callsWithSkips = new AtomicLong();

    /** Where calls that are slow (AnalyzeStack, GetAnalyzerInfo) or must wait for the pack run. */
    private final Executor slow;

    /** For tests: every call runs on the caller's thread. */
    AnalyzerService(CompletableFuture<LoadedPack> pack, AnalyzerState state, EngineLog log, Runnable onCancel) {
        this(pack, state, log, onCancel, Runnable::run);
    }

    /**
     * @param slow runs the calls that take long or wait for the pack to load; the server calls this service
     *             on its transport thread (direct executor), which must never be held up
     */
    AnalyzerService(CompletableFuture<LoadedPack> pack, AnalyzerState state, EngineLog log, Runnable onCancel,
                    Executor slow) {
        this.pack = pack;
        this.state = state;
        this.log = log;
        this.onCancel = onCancel;
        this.slow = slow;
    }

    @Override
    public void handshake(AnalyzerHandshakeRequest request, StreamObserver<AnalyzerHandshakeResponse> out) {
        respond("Handshake", out, () -> {
            log.debug("handshake: engine " + request.getEngineAddress() + ", policy pack directory "
                    + (request.hasRootDirectory() ? request.getRootDirectory() : "(not given)"));
            return AnalyzerHandshakeResponse.getDefaultInstance();
        });
    }

    @Override
    public void getPluginInfo(Empty request, StreamObserver<PluginInfo> out) {
        respond("GetPluginInfo", out, () -> PluginInfo.newBuilder().setVersion(PlatformPolicyPack.VERSION).build());
    }

    @Override
    public void getAnalyzerInfo(Empty request, StreamObserver<AnalyzerInfo> out) {
        slow.execute(() -> respond("GetAnalyzerInfo", out, () -> pack().info()));
    }

    @Override
    public void configureStack(AnalyzerStackConfigureRequest request, StreamObserver<AnalyzerStackConfigureResponse> out) {
        respond("ConfigureStack", out, () -> {
            if (request.getStack().isBlank()) {
                throw new IllegalArgumentException("AnalyzerStackConfigureRequest.stack is empty");
            }
            AnalyzerState.StackInfo info = state.configureStack(request);
            log.debug("stack " + describe(info));
            return AnalyzerStackConfigureResponse.getDefaultInstance();
        });
    }

    @Override
    public void configure(ConfigureAnalyzerRequest request, StreamObserver<Empty> out) {
        whenPackReady(() -> respond("Configure", out, () -> {
            List<ConfiguredPolicy> configured = state.configure(pack().engine().pack(),
                    PolicyConfigMapper.toPackConfig(request.getPolicyConfigMap()));
            log.debug("configured " + levelCounts(configured));
            return Empty.getDefaultInstance();
        }));
    }

    @Override
    public void analyze(AnalyzeRequest request, StreamObserver<AnalyzeResponse> out) {
        whenPackReady(() -> respond("Analyze", out, () -> {
            requireSet("AnalyzeRequest.urn", request.getUrn());
            requireSet("AnalyzeRequest.type", request.getType());
            LoadedPack p = pack();
            PolicyResource resource = PolicyResource.fromStruct(request.getUrn(), request.getType(), request.getName(),
                    request.getOptions().getParent(), List.of(), Map.of(), request.getProperties());
            PolicyReport report = run(p, List.of(resource), PolicyEngine.Scope.RESOURCE_POLICIES);
            return p.diagnostics().analyzeResponse(report);
        }));
    }

    @Override
    public void analyzeStack(AnalyzeStackRequest request, StreamObserver<AnalyzeResponse> out) {
        slow.execute(() -> respond("AnalyzeStack", out, () -> {
            LoadedPack p = pack();
            List<PolicyResource> resources = new ArrayList<>(request.getResourcesCount());
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < request.getResourcesCount(); i++) {
                AnalyzerResource r = request.getResources(i);
                String where = "AnalyzeStackRequest.resources[" + i + "]";
                requireSet(where + ".urn", r.getUrn());
                requireSet(where + ".type", r.getType());
                Integer before = seen.putIfAbsent(r.getUrn(), i);
                if (before != null) {
                    throw new IllegalArgumentException(where + ".urn " + r.getUrn()
                            + " is also the URN of resources[" + before + "]");
                }
                resources.add(PolicyResource.fromAnalyzerResource(r));
            }
            PolicyReport report = run(p, resources, PolicyEngine.Scope.STACK_POLICIES);
            logSkipSummary(report.skippedChecks() + " stack checks skipped in AnalyzeStack");
            return p.diagnostics().analyzeResponse(report);
        }));
    }

    @Override
    public void remediate(AnalyzeRequest request, StreamObserver<RemediateResponse> out) {
        whenPackReady(() -> respond("Remediate", out, () -> {
            requireSet("AnalyzeRequest.urn", request.getUrn());
            requireSet("AnalyzeRequest.type", request.getType());
            LoadedPack p = pack();
            Map<String, Object> inputs = StructCodec.toJava(request.getProperties());
            PolicyResource resource = new PolicyResource(request.getUrn(), request.getType(), request.getName(),
                    request.getOptions().getParent(), List.of(), Map.of(), PropertyMap.of(inputs));
            PolicyReport report = run(p, List.of(resource), PolicyEngine.Scope.RESOURCE_POLICIES);
            report.remediations().forEach(r -> log.debug("remediated by " + r.policyId() + ": "
                    + String.join("; ", r.fixed()), r.urn()));
            return p.diagnostics().remediateResponse(report, request.getProperties(), inputs);
        }));
    }

    /** The operation is being cancelled: answer, refuse further analysis, then stop the analyzer. */
    @Override
    public void cancel(Empty request, StreamObserver<Empty> out) {
        state.cancel();
        logSkipSummary("");
        log.debug("cancel requested; stopping");
        out.onNext(Empty.getDefaultInstance());
        out.onCompleted();
        onCancel.run();
    }

    private PolicyReport run(LoadedPack p, List<PolicyResource> resources, PolicyEngine.Scope scope) {
        PolicyEngine engine = p.engine();
        List<ConfiguredPolicy> configured = state.configured(engine.pack());
        if (state.firstRunWithoutStack()) {
            log.warning("ConfigureStack was not called before analysis; the stack is unknown, so production-only "
                    + "policies do not run (is the Pulumi CLI older than the analyzer protocol this pack needs?)");
        }
        PolicyReport report;
        try {
            synchronized (engine) { // one run at a time: the engine is not thread-safe
                report = engine.run(resources, state.stack().context(), configured, scope);
            }
        } catch (PolicyExecutionException e) {
            // A rule that throws may have put an input into the exception's text: mask secrets there too.
            throw new PolicyExecutionException(masked(e.getMessage(), resources), e.getCause());
        }
        if (scope == PolicyEngine.Scope.RESOURCE_POLICIES && report.skippedChecks() > 0) {
            skippedChecks.addAndGet(report.skippedChecks());
            callsWithSkips.incrementAndGet();
        }
        if (!report.exempted().isEmpty()) { // rare, and worth saying on the resource
            log.debug(report.exempted().size() + " findings exempted"
                    + report.exempted().stream().map(v -> " [" + v.policyId() + " on " + v.resourceName() + ": "
                    + v.exemptionReason() + "]").collect(Collectors.joining()),
                    resources.size() == 1 ? resources.get(0).urn() : "");
        }
        return report;
    }

    /** Runs {@code call} here when the pack is loaded (the common case), else on the pool, where it may wait. */
    private void whenPackReady(Runnable call) {
        if (pack.isDone()) {
            call.run();
        } else {
            slow.execute(call);
        }
    }

    /** One debug message for the checks skipped since the last one (values not known yet), plus {@code more}. */
    private void logSkipSummary(String more) {
        long skipped = skippedChecks.getAndSet(0);
        long calls = callsWithSkips.getAndSet(0);
        if (skipped > 0 || !more.isEmpty() && !more.startsWith("0 ")) {
            log.debug(skipped + " resource checks skipped in " + calls + " Analyze/Remediate calls (values not known yet)"
                    + (more.isEmpty() ? "" : "; " + more));
        }
    }

    private LoadedPack pack() throws InterruptedException, ExecutionException, TimeoutException {
        return pack.get(PACK_LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private <T> void respond(String rpc, StreamObserver<T> out, Callable<T> call) {
        T result;
        try {
            if (state.cancelled()) {
                throw Status.CANCELLED.withDescription("the analyzer was cancelled and is stopping").asRuntimeException();
            }
            result = call.call();
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            out.onError(toStatus(rpc, e));
            return;
        }
        out.onNext(result);
        out.onCompleted();
    }

    static StatusRuntimeException toStatus(String rpc, Throwable e) {
        if (e instanceof StatusRuntimeException s) {
            return s;
        }
        if (e instanceof PolicyConfigException) {
            return Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException();
        }
        if (e instanceof IllegalArgumentException) {
            return Status.INVALID_ARGUMENT.withDescription(rpc + ": " + e.getMessage()).asRuntimeException();
        }
        if (e instanceof PolicyExecutionException) {
            return Status.INTERNAL.withDescription(e.getMessage()).withCause(e).asRuntimeException();
        }
        if (e instanceof TimeoutException) {
            return Status.UNAVAILABLE.withDescription(rpc + ": the policy pack is still loading after "
                    + PACK_LOAD_TIMEOUT_SECONDS + " s").asRuntimeException();
        }
        if (e instanceof ExecutionException) {
            return Status.INTERNAL.withDescription(rpc + ": the policy pack failed to load: " + e.getCause())
                    .withCause(e.getCause()).asRuntimeException();
        }
        return Status.INTERNAL.withDescription(rpc + " failed: " + e).withCause(e).asRuntimeException();
    }

    /** {@code text} with every secret string of the resources (4 characters or more) replaced by {@code [secret]}. */
    static String masked(String text, List<PolicyResource> resources) {
        String out = text;
        for (PolicyResource r : resources) {
            for (String secret : r.properties().secretStrings()) {
                if (secret.length() >= 4) {
                    out = out.replace(secret, "[secret]");
                }
            }
        }
        return out;
    }

    private static void requireSet(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is empty");
        }
    }

    private static String describe(AnalyzerState.StackInfo info) {
        var ctx = info.context();
        return (ctx.organization().isEmpty() ? "" : ctx.organization() + "/") + ctx.project() + "/" + ctx.stackName()
                + " (" + (ctx.dryRun() ? "preview" : "update") + "), environment " + ctx.environment()
                + ", config keys " + ctx.config().keySet().stream().sorted().toList()
                + (info.secretConfigKeys().isEmpty() ? "" : " and secret keys " + info.secretConfigKeys())
                + ", " + info.tags().size() + " stack tags";
    }

    private static String levelCounts(List<ConfiguredPolicy> configured) {
        Map<EnforcementLevel, Integer> counts = new EnumMap<>(EnforcementLevel.class);
        configured.forEach(cp -> counts.merge(cp.level(), 1, Integer::sum));
        return configured.size() + " policies: " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().wireName()).collect(Collectors.joining(", "));
    }
}
