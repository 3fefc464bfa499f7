package io.platform.config;

import io.platform.testing.StackFixture;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The seeds' WAF ({@code platform:security.waf}) and CloudFront ({@code platform:edge.frontEnds}) keys. */
class EdgeWafConfigValidationTest {
    private static final String GITHUB = "'github':{'repository':'acme/platform'}";
    private static final String ZONE = "'hostedZone':'example.com','apiDomain':'api.staging.example.com'";

    private static StackConfig load(Map<String, String> sections) {
        return StackFixture.load(WorkloadStacks.staging(sections));
    }

    @Test
    void theSeedsWafRulesAreRead() {
        SecurityConfig.WafConfig waf = load(Map.of("security", "{" + GITHUB + ",'waf':{'rateLimit':1000,"
                + "'allowedCountries':['US'],'customRules':[{'name':'BlockBadBots','contains':['bad-bot']}],"
                + "'botControl':true,'accountTakeover':{'loginPath':'/api/auth/login'},"
                + "'ruleOverrides':{'AWSManagedRulesCommonRuleSet':{'SizeRestrictions_BODY':'count'}}}}")).security().waf();
        assertThat(waf.rateLimitPer5Minutes()).isEqualTo(1000);
        assertThat(waf.allowedCountries()).containsExactly("US");
        assertThat(waf.customRules()).containsExactly(new SecurityConfig.CustomRule("BlockBadBots", "user-agent",
                List.of("bad-bot"), "block"));
        assertThat(waf.accountTakeover()).contains(new SecurityConfig.AccountTakeover("/api/auth/login", "/username",
                "/password"));
        assertThat(waf.managedGroups()).endsWith("AWSManagedRulesBotControlRuleSet", "AWSManagedRulesATPRuleSet")
                .hasSize(7);
        assertThat(waf.ruleOverrides()).containsEntry("AWSManagedRulesCommonRuleSet", Map.of("SizeRestrictions_BODY", "count"));
    }

    @Test
    void berthCaresFrontEndHasThreeBucketOriginsAndNoDomain() {
        EdgeConfig edge = load(Map.of("edge", "{" + ZONE + ",'frontEnds':[{'name':'web','cloudFrontDefaultCertificate':true,"
                + "'geoAllowList':['CA','US'],'apiPaths':['/api/*'],'bucketOrigins':[{'name':'photos','pathPattern':"
                + "'/photos/*'},{'name':'documents','pathPattern':'/documents/*'},{'name':'signatures','pathPattern':"
                + "'/signatures/*'}]}]}")).edge();
        EdgeConfig.FrontEnd web = edge.frontEnds().get(0);
        assertThat(web.defaultCertificate()).isTrue();
        assertThat(web.domainNames()).isEmpty();
        assertThat(web.geoAllowList()).containsExactly("CA", "US");
        assertThat(web.apiPaths()).containsExactly("/api/*");
        assertThat(web.bucketOrigins()).extracting(EdgeConfig.BucketOrigin::name)
                .containsExactly("photos", "documents", "signatures");
        assertThat(edge.frontsAlb()).isTrue();
    }

    static Stream<Arguments> badValues() {
        String waf = "platform:security.waf";
        String fe = "platform:edge.frontEnds[0]";
        return Stream.of(
                arguments("security", "{" + GITHUB + ",'waf':{'allowedCountries':['US'],'blockedCountries':['KP']}}",
                        waf + ".allowedCountries: is set together with blockedCountries; give the countries allowed "
                                + "(everything else is blocked) or the countries blocked, not both"),
                arguments("security", "{" + GITHUB + ",'waf':{'customRules':[{'name':'bots','contains':['Bad-Bot']}]}}",
                        waf + ".customRules[0].contains[0]: 'Bad-Bot' is not allowed; allowed: lower-case text up to 200 "
                                + "characters (the header is lower-cased before matching)"),
                arguments("security", "{" + GITHUB + ",'waf':{'customRules':[{'name':'bots','contains':['x'],"
                                + "'action':'captcha'}]}}",
                        waf + ".customRules[0].action: 'captcha' is not allowed; allowed: block, count"),
                arguments("security", "{" + GITHUB + ",'waf':{'ruleOverrides':{'AWSManagedRulesBotControlRuleSet':"
                                + "{'CategoryHttpLibrary':'count'}}}}",
                        waf + ".ruleOverrides.AWSManagedRulesBotControlRuleSet: is not a managed group this web ACL uses; "
                                + "allowed: AWSManagedRulesAmazonIpReputationList, AWSManagedRulesCommonRuleSet, "
                                + "AWSManagedRulesKnownBadInputsRuleSet, AWSManagedRulesSQLiRuleSet, AWSManagedRulesLinuxRuleSet"),
                arguments("security", "{" + GITHUB + ",'waf':{'ruleOverrides':{'AWSManagedRulesCommonRuleSet':"
                                + "{'SizeRestrictions_BODY':'ignore'}}}}",
                        waf + ".ruleOverrides.AWSManagedRulesCommonRuleSet.SizeRestrictions_BODY: 'ignore' is not allowed; "
                                + "allowed: allow, block, captcha, challenge, count"),
                arguments("security", "{" + GITHUB + ",'waf':{'accountTakeover':{'loginPath':'/login',"
                                + "'usernameField':'user'}}}",
                        waf + ".accountTakeover.usernameField: 'user' is not a JSON pointer into the login body, e.g. "
                                + "/username"),
                arguments("edge", "{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['app.staging.example.com'],"
                                + "'cloudFrontDefaultCertificate':true}]}",
                        fe + ".cloudFrontDefaultCertificate: true conflicts with domainNames; the default certificate only "
                                + "covers *.cloudfront.net, allowed: false"),
                arguments("edge", "{" + ZONE + ",'frontEnds':[{'name':'web','cloudFrontDefaultCertificate':true,"
                                + "'geoAllowList':['US'],'geoBlockList':['KP']}]}",
                        fe + ".geoBlockList: is set together with geoAllowList; CloudFront applies one list, give either "
                                + "the countries allowed or the countries blocked"),
                arguments("edge", "{'hostedZone':'example.com','frontEnds':[{'name':'web','cloudFrontDefaultCertificate':true,"
                                + "'apiPaths':['/api/*']}]}",
                        fe + ".apiPaths: needs platform:edge.apiDomain: CloudFront reaches the ALB through that name, which "
                                + "the ALB's certificate covers"),
                arguments("edge", "{" + ZONE + ",'frontEnds':[{'name':'web','cloudFrontDefaultCertificate':true,"
                                + "'apiPaths':['/*']}]}",
                        fe + ".apiPaths[0]: '/*' is not allowed; allowed: a path pattern below the site root such as "
                                + "/api/* (the site bucket serves /*)"),
                arguments("edge", "{" + ZONE + ",'frontEnds':[{'name':'web','cloudFrontDefaultCertificate':true,"
                                + "'apiPaths':['/api/*'],'bucketOrigins':[{'name':'api','pathPattern':'/api/*'}]}]}",
                        fe + ".bucketOrigins[0].pathPattern: '/api/*' is already served by another origin of this front end"),
                arguments("edge", "{" + ZONE + ",'frontEnds':[{'name':'web','cloudFrontDefaultCertificate':true,"
                                + "'bucketOrigins':[{'name':'patient-visit-photographs','pathPattern':'/p/*'}]}]}",
                        fe + ".bucketOrigins[0].name: 'patient-visit-photographs' is not allowed; allowed: 1-21 lower-case "
                                + "letters, digits and '-', starting with a letter"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void badValuesAreNamedWithWhatIsAllowed(String section, String json, String message) {
        assertThatThrownBy(() -> load(Map.of(section, json))).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void aLongOriginNameThatOverflowsTheBucketNameIsRefused() {
        assertThatThrownBy(() -> load(Map.of("edge", "{" + ZONE + ",'frontEnds':[{'name':'patient-portal-web',"
                + "'cloudFrontDefaultCertificate':true,'bucketOrigins':[{'name':'signature-scans','pathPattern':'/s/*'}]}]}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:edge.frontEnds[0].bucketOrigins[0].name: 'signature-scans' makes the origin bucket name "
                        + "platform-staging-patient-portal-web-signature-scans-<account id> 64 characters long; S3 allows "
                        + "at most 63, so use at most 14 characters");
    }
}
