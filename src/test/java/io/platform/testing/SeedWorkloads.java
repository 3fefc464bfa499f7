package io.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workload rows of the five seeds (`../shared/seeds`) as config sections on the staging stack
 * file, written the way a stack file would hold them. Tests plan them to check each row plans as the
 * seed describes.
 */
public final class SeedWorkloads {
    private static final String GITHUB = "'github':{'repository':'acme/platform','branches':['main']}";
    private static final String ZONE = "'hostedZone':'example.com','apiDomain':'api.staging.example.com'";

    private SeedWorkloads() {
    }

    /** Seed 000, Tax Practice AI: Airflow on EC2, a document Lambda, US-only WAF with the bad-bot rule, DB_USER by JSON key. */
    public static Map<String, String> taxPracticeAi() {
        return Map.of(
                "instances", "[{'name':'airflow','instanceType':'t3.medium','rootVolumeGb':50,'port':8080,"
                        + "'loadBalancer':{'hosts':['airflow.staging.example.com'],'healthCheckPath':'/health'},"
                        + "'adminCidrs':['10.8.0.0/16'],'calls':['database'],'secrets':['database/master'],"
                        + "'userData':'#!/bin/bash\\ndnf install -y python3-pip\\npip3 install apache-airflow==2.8.0',"
                        + "'statements':[{'sid':'RunTaskFunctions','actions':['lambda:InvokeFunction'],"
                        + "'resources':['function:document-processor']},{'sid':'ReadWriteDags','actions':"
                        + "['s3:GetObject','s3:PutObject'],'resources':['arn:${partition}:s3:::${bucket:documents}/dags/*']}]}]",
                "functions", "[{'name':'document-processor','runtime':'python3.11','handler':'app.handler',"
                        + "'code':{'s3Bucket':'acme-artifacts','s3Key':'document-processor/1.0.0.zip'},'timeoutSeconds':300,"
                        + "'calls':['database'],'triggers':[{'name':'uploads','type':'s3','bucket':'${bucket:documents}',"
                        + "'prefix':'uploads/'}]}]",
                "security", "{" + GITHUB + ",'waf':{'rateLimit':1000,'allowedCountries':['US'],"
                        + "'customRules':[{'name':'BlockBadBots','header':'user-agent','contains':['bad-bot']}],"
                        + "'botControl':true}}",
                "compute", "{'services':[{'name':'api','repository':'api','tag':'1.0.0','port':8000,'public':{'paths':['/*']},"
                        + "'secrets':{'DB_USER':'database/master:username','DB_PASSWORD':'database/master:password',"
                        + "'JWT_SECRET':'app/jwt-secret'}}]}",
                "secrets", "{'rotation':[{'secret':'database/master','days':30}]}");
    }

    /** Seed 001, DevSecOps platform: Slack notifier on the alarm topic, GuardDuty auto-remediation, dev scale schedules. */
    public static Map<String, String> devSecOps() {
        return Map.of("functions", "[{'name':'slack-notifier','runtime':'python3.11','handler':'notifier.handler',"
                + "'code':{'s3Bucket':'acme-artifacts','s3Key':'slack-notifier/1.0.0.zip'},"
                + "'secrets':{'SLACK_WEBHOOK_SECRET_ARN':'monitoring/slack-webhook'},"
                + "'triggers':[{'name':'alerts','type':'sns','topic':'alerts'}]},"
                + "{'name':'auto-remediate','runtime':'python3.11','handler':'remediate.handler',"
                + "'code':{'s3Bucket':'acme-artifacts','s3Key':'auto-remediate/1.0.0.zip'},"
                + "'statements':[{'sid':'IsolateInstances','actions':['ec2:ModifyInstanceAttribute','ec2:CreateSnapshot'],"
                + "'resources':['arn:${partition}:ec2:${region}:${account}:instance/*',"
                + "'arn:${partition}:ec2:${region}::snapshot/*']}],"
                + "'triggers':[{'name':'findings','type':'eventBridge','pattern':{'source':['aws.guardduty'],"
                + "'detail-type':['GuardDuty Finding'],'detail':{'severity':[{'numeric':['>=',7]}]}}}]},"
                + "{'name':'scale-down-dev','runtime':'python3.11','handler':'scale.down',"
                + "'code':{'s3Bucket':'acme-artifacts','s3Key':'scale/1.0.0.zip'},"
                + "'triggers':[{'name':'evening','type':'schedule','expression':'cron(0 1 ? * MON-FRI *)'}]},"
                + "{'name':'rotate-app-secrets','runtime':'python3.11','handler':'rotate.handler',"
                + "'code':{'s3Bucket':'acme-artifacts','s3Key':'rotate/1.0.0.zip'}}]",
                "secrets", "{'rotation':[{'secret':'database/master','days':30},"
                        + "{'secret':'app/jwt-secret','days':365,'function':'rotate-app-secrets'}]}");
    }

    /** Seed 002, CredentialMate: the front end calls the back end; parser and notification workers take no traffic. */
    public static Map<String, String> credentialMate() {
        return Map.of("compute", "{'services':["
                + "{'name':'frontend','repository':'frontend','tag':'1.0.0','port':3000,'public':{'paths':['/*']},"
                + "'calls':['backend']},"
                + "{'name':'backend','repository':'backend','tag':'1.0.0','port':8000,'public':{'paths':['/api/*']},"
                + "'secrets':{'DB_USER':'database/master:username','DB_PASSWORD':'database/master:password'},"
                + "'statements':[{'sid':'SendNotices','actions':['ses:SendEmail'],"
                + "'resources':['arn:${partition}:ses:${region}:${account}:identity/credentialmate.com']},"
                + "{'sid':'DeleteExpiredUploads','actions':['s3:DeleteObject'],"
                + "'resources':['arn:${partition}:s3:::${bucket:documents}/app/expired/*']}]},"
                + "{'name':'parser-service','repository':'parser','tag':'1.0.0','port':8080,'worker':true},"
                + "{'name':'notification-worker','repository':'notifier','tag':'1.0.0','port':8080,'worker':true},"
                + "{'name':'admin','image':'123456789012.dkr.ecr.us-east-1.amazonaws.com/admin:2.1.0','port':8000,"
                + "'public':{'hosts':['admin.staging.example.com']},'deployment':{'strategy':'blueGreen',"
                + "'keepOldVersionMinutes':60}}],'testListenerCidrs':['10.8.0.0/16']}");
    }

    /** Seed 003, BerthCare: CloudFront over photos/documents/signatures, CA/US only, *.cloudfront.net, API behind CloudFront. */
    public static Map<String, String> berthCare() {
        return Map.of("edge", "{" + ZONE + ",'frontEnds':[{'name':'web','cloudFrontDefaultCertificate':true,"
                        + "'geoAllowList':['CA','US'],'apiPaths':['/api/*'],'bucketOrigins':["
                        + "{'name':'photos','pathPattern':'/photos/*'},{'name':'documents','pathPattern':'/documents/*'},"
                        + "{'name':'signatures','pathPattern':'/signatures/*'}]}]}",
                "security", "{" + GITHUB + ",'albIngress':'cloudFront'}");
    }

    /** Seed 004, TechCorp: 15 microservices calling their neighbours, 25 functions with 100 reserved, a canary API. */
    public static Map<String, String> techCorp() {
        List<String> services = new ArrayList<>();
        services.add("{'name':'api','repository':'api','tag':'3.2.0','port':8080,'cpu':2048,'memory':4096,"
                + "'desiredCount':10,'min':10,'max':50,'public':{'paths':['/*']},'deployment':{'strategy':'canary',"
                + "'canaryPercent':10,'canaryMinutes':30,'keepOldVersionMinutes':1440}}");
        for (int i = 1; i <= 14; i++) {
            String calls = i < 14 ? ",'calls':['svc-" + (i + 1) + "']" : "";
            services.add("{'name':'svc-" + i + "','repository':'svc-" + i + "','tag':'3.2.0','port':8080,'cpu':2048,"
                    + "'memory':4096,'desiredCount':10,'min':10,'max':50,'worker':true" + calls + "}");
        }
        List<String> functions = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            String runtime = i % 2 == 0 ? "nodejs20.x" : "python3.11";
            String handler = i % 2 == 0 ? "index.handler" : "app.handler";
            functions.add("{'name':'fn-" + i + "','runtime':'" + runtime + "','handler':'" + handler + "',"
                    + "'code':{'s3Bucket':'techcorp-artifacts','s3Key':'fn-" + i + "/3.2.0.zip'},'reservedConcurrency':100,"
                    + "'triggers':[{'name':'events','type':'sqs','batchSize':10}]}");
        }
        return Map.of("compute", "{'services':[" + String.join(",", services) + "]}",
                "functions", "[" + String.join(",", functions) + "]");
    }
}
