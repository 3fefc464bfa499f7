package io.platform.observability;

import com.pulumi.aws.cloudwatch.QueryDefinition;
import com.pulumi.aws.cloudwatch.QueryDefinitionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three saved Logs Insights queries of seed 001 §10.3, over every service's log group. */
final class LogQueries {
    static final Map<String, String> QUERIES = queries();

    private LogQueries() {
    }

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("error-analysis", String.join("\n",
                "fields @timestamp, @message",
                "| filter @message like /ERROR/",
                "| parse @message '\"path\": \"*\"' as endpoint",
                "| stats count() as errors by endpoint",
                "| sort errors desc",
                "| limit 10"));
        queries.put("slow-requests", String.join("\n",
                "fields @timestamp, @message",
                "| filter @message like /Request completed/",
                "| parse @message 'duration=*ms' as duration",
                "| filter duration > 1000",
                "| stats count() as slow_requests, avg(duration) as avg_duration by bin(5m)"));
        queries.put("requests-by-status", String.join("\n",
                "fields @timestamp, @message",
                "| filter @message like /Request completed/",
                "| parse @message 'status=*' as status",
                "| stats count() as requests by status"));
        return java.util.Collections.unmodifiableMap(queries);
    }

    /** Recent errors, for the dashboard's Logs Insights widget. */
    static final String RECENT_ERRORS = String.join("\n",
            "fields @timestamp, @message", "| filter @message like /ERROR/", "| sort @timestamp desc", "| limit 20");

    static void declare(ObservabilityArgs args, CustomResourceOptions child) {
        Output<List<String>> groups = Output.all(args.services().stream().map(ObservabilityArgs.Service::logGroupName).toList());
        QUERIES.forEach((name, query) -> new QueryDefinition(args.naming().name("query-" + name),
                QueryDefinitionArgs.builder()
                        .name(args.naming().project() + "/" + args.naming().environment() + "/" + name)
                        .logGroupNames(groups)
                        .queryString(query)
                        .build(), child));
    }
}
