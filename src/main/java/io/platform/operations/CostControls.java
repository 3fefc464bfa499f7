package io.platform.operations;

import io.platform.json.StableJson;
import com.pulumi.aws.budgets.Budget;
import com.pulumi.aws.budgets.BudgetArgs;
import com.pulumi.aws.budgets.inputs.BudgetCostFilterArgs;
import com.pulumi.aws.budgets.inputs.BudgetNotificationArgs;
import com.pulumi.aws.costexplorer.AnomalyMonitor;
import com.pulumi.aws.costexplorer.AnomalyMonitorArgs;
import com.pulumi.aws.costexplorer.AnomalySubscription;
import com.pulumi.aws.costexplorer.AnomalySubscriptionArgs;
import com.pulumi.aws.costexplorer.inputs.AnomalySubscriptionSubscriberArgs;
import com.pulumi.aws.costexplorer.inputs.AnomalySubscriptionThresholdExpressionArgs;
import com.pulumi.aws.costexplorer.inputs.AnomalySubscriptionThresholdExpressionDimensionArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;

import java.util.List;
import java.util.Map;

/**
 * Cost controls (SPEC §3.6): an anomaly monitor over this stack's spend (by its Environment
 * cost-allocation tag) with an immediate subscription, and a monthly budget that warns at 80 %
 * actual and 100 % forecast — both to the alarm topic.
 */
final class CostControls {
    private CostControls() {
    }

    static void declare(OperationsArgs args, CustomResourceOptions child) {
        Naming naming = args.naming();
        var config = args.config();
        AnomalyMonitor monitor = new AnomalyMonitor(naming.name("cost-monitor"), AnomalyMonitorArgs.builder()
                .name(naming.globalName("cost-monitor"))
                .monitorType("CUSTOM")
                .monitorSpecification(json(Map.of("Tags", Map.of("Key", "Environment",
                        "Values", List.of(naming.environment()), "MatchOptions", List.of("EQUALS")))))
                .tags(naming.tags("cost-monitor"))
                .build(), child);
        new AnomalySubscription(naming.name("cost-anomalies"), AnomalySubscriptionArgs.builder()
                .name(naming.globalName("cost-anomalies"))
                .frequency("IMMEDIATE")
                .monitorArnLists(monitor.arn().applyValue(List::of))
                .subscribers(AnomalySubscriptionSubscriberArgs.builder()
                        .type("SNS").address(args.alertTopicArn()).build())
                .thresholdExpression(AnomalySubscriptionThresholdExpressionArgs.builder()
                        .dimension(AnomalySubscriptionThresholdExpressionDimensionArgs.builder()
                                .key("ANOMALY_TOTAL_IMPACT_ABSOLUTE")
                                .matchOptions("GREATER_THAN_OR_EQUAL")
                                .values(Integer.toString(config.anomalyThresholdUsd()))
                                .build())
                        .build())
                .tags(naming.tags("cost-anomalies"))
                .build(), child);
        new Budget(naming.name("monthly-budget"), BudgetArgs.builder()
                .name(naming.globalName("monthly-budget"))
                .budgetType("COST")
                .timeUnit("MONTHLY")
                .limitAmount(Integer.toString(config.monthlyBudgetUsd()))
                .limitUnit("USD")
                .costFilters(BudgetCostFilterArgs.builder()
                        .name("TagKeyValue").values("user:Environment$" + naming.environment()).build())
                .notifications(
                        notification("ACTUAL", 80, args),
                        notification("FORECASTED", 100, args))
                .tags(naming.tags("monthly-budget"))
                .build(), child);
    }

    private static BudgetNotificationArgs notification(String type, double percent, OperationsArgs args) {
        return BudgetNotificationArgs.builder()
                .notificationType(type)
                .comparisonOperator("GREATER_THAN")
                .threshold(percent)
                .thresholdType("PERCENTAGE")
                .subscriberSnsTopicArns(args.alertTopicArn().applyValue(List::of))
                .build();
    }

    /** Small JSON documents (monitor specifications, scheduler inputs). */
    static String json(Object value) {
        return StableJson.write(value);
    }
}
