package io.platform.testing;

import io.platform.config.RawConfig;
import io.platform.plan.PlanResult;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staging stack file with workload sections added (config written with single quotes for
 * readability), planned once per distinct override set.
 */
public final class WorkloadStacks {
    public static final String PREFIX = "platform-staging-";
    private static final Map<Map<String, String>, PlanResult> CACHE = new ConcurrentHashMap<>();

    private WorkloadStacks() {
    }

    /** Staging with {@code platform:<key>} replaced by the single-quoted JSON value. */
    public static RawConfig staging(Map<String, String> sections) {
        Map<String, String> overrides = new HashMap<>();
        sections.forEach((k, v) -> overrides.put(k.contains(":") ? k : "platform:" + k, v == null ? null : v.replace('\'', '"')));
        return StackFixture.withOverrides(StackFixture.stackFile("staging"), overrides);
    }

    public static PlanResult plan(Map<String, String> sections) {
        return CACHE.computeIfAbsent(Map.copyOf(sections), s -> StackFixture.plan(staging(s)));
    }

    public static Template template(PlanResult plan) {
        return Template.of(plan.resources(), "platform-" + plan.stack() + "-");
    }

    /** Staging's compute section with extra services (JSON objects, single-quoted) appended to api and worker. */
    public static String computeWith(String... services) {
        StringBuilder json = new StringBuilder("{'services':[" + API + "," + WORKER);
        for (String service : services) {
            json.append(',').append(service);
        }
        return json.append("]}").toString();
    }

    public static final String API = "{'name':'api','repository':'api','tag':'1.0.0','port':8000,'cpu':512,'memory':1024,"
            + "'desiredCount':2,'min':2,'max':4,'public':{'paths':['/*']},'environment':{'LOG_LEVEL':'info'},"
            + "'secrets':{'DATABASE_CREDENTIALS':'database/master','REDIS_AUTH_TOKEN':'redis/auth-token',"
            + "'JWT_SECRET':'app/jwt-secret'}}";
    public static final String WORKER = "{'name':'worker','repository':'worker','tag':'1.0.0','port':8000,'cpu':512,"
            + "'memory':1024,'desiredCount':2,'min':2,'max':4,'worker':true,'command':['python','-m','app.worker'],"
            + "'secrets':{'DATABASE_CREDENTIALS':'database/master','REDIS_AUTH_TOKEN':'redis/auth-token'}}";
}
