package io.platform.edge;

import io.platform.config.ConfigException;
import io.platform.config.EdgeConfig;
import io.platform.config.RawConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code platform:edge}: what each stack file gives, and one exact message per bad value. */
class EdgeConfigValidationTest {
    private static final String ZONE = "'hostedZone':'example.com','apiDomain':'api.staging.example.com'";
    private static final String STAGING_CSP = "default-src 'self'; base-uri 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:; connect-src 'self' "
            + "https://api.staging.example.com; upgrade-insecure-requests";

    @Test
    void stagingServesTheWebFrontEndToTheUsAndCanada() {
        EdgeConfig edge = load(stackFile("staging")).edge();
        assertThat(edge.hostedZone()).contains("example.com");
        assertThat(edge.apiDomain()).contains("api.staging.example.com");
        assertThat(edge.cdnRateLimitPer5Minutes()).isEqualTo(2000);
        assertThat(edge.frontEnds()).containsExactly(new EdgeConfig.FrontEnd("web", List.of("app.staging.example.com"),
                List.of("US", "CA"), List.of(), STAGING_CSP, List.of(), List.of()));
    }

    @Test
    void productionServesAppExampleCom() {
        EdgeConfig edge = load(stackFile("production")).edge();
        assertThat(edge.frontEnds()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("web");
            assertThat(f.domainNames()).containsExactly("app.example.com");
            assertThat(f.geoAllowList()).containsExactly("US", "CA");
            assertThat(f.contentSecurityPolicy()).contains("connect-src 'self' https://api.example.com;");
        });
    }

    @Test
    void frontEndValuesAreRead() {
        EdgeConfig edge = load(withEdge("{" + ZONE + ",'cdnRateLimit':'750','frontEnds':[{'name':'portal',"
                + "'domainNames':['portal.example.com'],'contentSecurityPolicy':'default-src https:'}]}")).edge();
        assertThat(edge.cdnRateLimitPer5Minutes()).isEqualTo(750);
        assertThat(edge.frontEnds()).containsExactly(new EdgeConfig.FrontEnd("portal", List.of("portal.example.com"),
                List.of(), List.of(), "default-src https:", List.of(), List.of()));
    }

    @Test
    void withoutAnApiDomainTheDefaultCspAllowsOnlyTheSameOrigin() {
        var raw = withOverrides(stackFile("staging"), Map.of(
                "platform:edge", json("{'hostedZone':'example.com','frontEnds':[{'name':'web','domainNames':['example.com']}]}"),
                "platform:compute", json("{'certificateArn':'arn:aws:acm:us-east-1:123456789012:certificate/abc',"
                        + "'services':[{'name':'api','repository':'api','tag':'1.0.0','port':8000,"
                        + "'healthCheckPath':'/health','public':{'paths':['/*']}}]}")));
        assertThat(load(raw).edge().frontEnds().get(0).contentSecurityPolicy())
                .contains("connect-src 'self';").doesNotContain("https://");
    }

    static Stream<Arguments> badEdgeConfig() {
        String tooLong = "default-src https://" + "a".repeat(1770) + ".example.com";
        return Stream.of(
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web'}]}",
                        "platform:edge.frontEnds[0].domainNames: is empty; a front end needs at least one name in the "
                                + "hosted zone: its distribution serves them with an ACM certificate and TLSv1.2_2021 "
                                + "(CloudFront's default certificate still accepts TLSv1); to serve only the *.cloudfront.net name anyway, "
                                + "set cloudFrontDefaultCertificate: true"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':[]}]}",
                        "platform:edge.frontEnds[0].domainNames: is empty; a front end needs at least one name in the "
                                + "hosted zone: its distribution serves them with an ACM certificate and TLSv1.2_2021 "
                                + "(CloudFront's default certificate still accepts TLSv1); to serve only the *.cloudfront.net name anyway, "
                                + "set cloudFrontDefaultCertificate: true"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'customer-self-service-portals','domainNames':['a.example.com']}]}",
                        "platform:edge.frontEnds[0].name: 'customer-self-service-portals' makes the site bucket name "
                                + "platform-staging-customer-self-service-portals-site-<account id> 64 characters long; "
                                + "S3 allows at most 63, so use at most 28 characters"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['app.example.com'],"
                                + "'contentSecurityPolicy':'" + tooLong + "'}]}",
                        "platform:edge.frontEnds[0].contentSecurityPolicy: is 1802 characters long; CloudFront accepts "
                                + "at most 1783"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['app.example.com'],"
                                + "'contentSecurityPolicy':'default-src https:\\n script-src https:'}]}",
                        "platform:edge.frontEnds[0].contentSecurityPolicy: contains a line break or another character "
                                + "outside printable ASCII; a header value must be one line of printable ASCII"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['app.example.com'],"
                                + "'geoAllowList':['us']}]}",
                        "platform:edge.frontEnds[0].geoAllowList[0]: 'us' is not an ISO 3166-1 alpha-2 country code (such as US, CA, DE) "
                                + "(did you mean US?)"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['app.example.org']}]}",
                        "platform:edge.frontEnds[0].domainNames: 'app.example.org' is not inside the hosted zone example.com"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['api.staging.example.com']}]}",
                        "platform:edge.frontEnds[0].domainNames: 'api.staging.example.com' is already used by the ALB "
                                + "or another front end; a name can point at one thing only"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['a.example.com']},"
                                + "{'name':'web','domainNames':['b.example.com']}]}",
                        "platform:edge.frontEnds[1].name: 'web' is used by another front end"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'Web','domainNames':['a.example.com']}]}",
                        "platform:edge.frontEnds[0].name: 'Web' is not allowed; allowed: lower-case letters, digits "
                                + "and '-', starting with a letter"),
                arguments("{" + ZONE + ",'frontEnds':[{'name':'web','domainNames':['a.example.com'],'csp':'x'}]}",
                        "platform:edge.frontEnds[0].csp: is not a known setting; known settings here: "
                                + "apiPaths, bucketOrigins, cloudFrontDefaultCertificate, contentSecurityPolicy, domainNames, geoAllowList, "
                                + "geoBlockList, name"),
                arguments("{" + ZONE + ",'cdnRateLimit':99}",
                        "platform:edge.cdnRateLimit: 99 is out of range 100..2000000000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEdgeConfig")
    void badEdgeValuesAreNamedWithWhatIsAllowed(String edge, String message) {
        assertThatThrownBy(() -> load(withEdge(edge)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void theLongestAllowedFrontEndNameMakesA63CharacterBucketName() {
        String name = "customer-self-service-portal";
        EdgeConfig edge = load(withEdge("{" + ZONE + ",'frontEnds':[{'name':'" + name
                + "','domainNames':['a.example.com']}]}")).edge();
        assertThat(edge.frontEnds().get(0).name()).isEqualTo(name);
        assertThat("platform-staging-" + name + "-site-123456789012").hasSize(63);
    }

    private static RawConfig withEdge(String edge) {
        return withOverrides(stackFile("staging"), Map.of("platform:edge", json(edge)));
    }

    /** Single quotes stand for JSON's double quotes (so CSP values here avoid 'self'). */
    private static String json(String text) {
        return text.replace('\'', '"');
    }
}
