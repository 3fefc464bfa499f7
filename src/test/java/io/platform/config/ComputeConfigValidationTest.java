package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code platform:compute} (SPEC §2, §3.4, issue 6): what each stack file declares, the values a
 * service gets when a key is left out, and one exact message per bad value, naming the key, the
 * value and what is allowed.
 */
class ComputeConfigValidationTest {
    private static final String SECRETS_ALLOWED =
            "allowed: database/master, redis/auth-token, app/jwt-secret, app/external-api-keys, monitoring/slack-webhook";

    // ------------------------------------------------------------------ the stack files

    @Test
    void stagingDeclaresApiAndWorkerAtTwoHalfVcpuOneGbTasks() {
        ComputeConfig compute = load(stackFile("staging")).compute();
        assertThat(compute.services()).containsExactly(
                new ServiceConfig("api", Optional.empty(), Optional.of("api"), "1.0.0", 8000, 512, 1024, 2, 2, 4,
                        "/health", Optional.empty(), Optional.of(new ServiceConfig.Route(List.of(), List.of("/*"))), List.of(),
                        Map.of("LOG_LEVEL", "info"),
                        Map.of("DATABASE_CREDENTIALS", "database/master", "REDIS_AUTH_TOKEN", "redis/auth-token",
                                "JWT_SECRET", "app/jwt-secret"), List.of(), List.of(), List.of(), ServiceConfig.Deployment.ROLLING),
                new ServiceConfig("worker", Optional.empty(), Optional.of("worker"), "1.0.0", 8000, 512, 1024, 2, 2, 4,
                        "/health", Optional.empty(), Optional.empty(), List.of("python", "-m", "app.worker"), Map.of(),
                        Map.of("DATABASE_CREDENTIALS", "database/master", "REDIS_AUTH_TOKEN", "redis/auth-token"),
                        List.of(), List.of(), List.of(), ServiceConfig.Deployment.ROLLING));
        assertThat(compute.ecrKeepImages()).isEqualTo(30);
        assertThat(compute.logRetentionDays()).isEqualTo(30);
        assertThat(compute.execEnabled()).isTrue();
        assertThat(compute.deletionProtection()).isFalse();
        assertThat(compute.certificateArn()).isEmpty();
        assertThat(compute.publicPorts()).containsExactly(8000);
        assertThat(compute.ecrRepositories()).containsExactly("api", "worker");
    }

    @Test
    void productionDeclaresApiAndWorkerAtAtLeastThreeOneVcpuTwoGbTasks() {
        ComputeConfig compute = load(stackFile("production")).compute();
        assertThat(compute.services()).extracting(ServiceConfig::name).containsExactly("api", "worker");
        for (ServiceConfig service : compute.services()) {
            assertThat(service.cpu()).as(service.name()).isEqualTo(1024);
            assertThat(service.memory()).as(service.name()).isEqualTo(2048);
            assertThat(service.min()).as(service.name()).isEqualTo(3);
            assertThat(service.desiredCount()).as(service.name()).isEqualTo(3);
            assertThat(service.max()).as(service.name()).isEqualTo(10);
            assertThat(service.port()).as(service.name()).isEqualTo(8000);
        }
        ServiceConfig api = compute.services().get(0);
        assertThat(api.isPublic()).isTrue();
        assertThat(api.healthCheckPath()).isEqualTo("/health");
        assertThat(api.environment()).containsExactly(Map.entry("LOG_LEVEL", "warning"));
        assertThat(compute.services().get(1).isPublic()).isFalse();
        assertThat(compute.logRetentionDays()).isEqualTo(90);
        assertThat(compute.execEnabled()).isFalse();
        assertThat(compute.deletionProtection()).isTrue();
    }

    @Test
    void maxComesFromConfig() {
        ComputeConfig compute = load(withCompute("{'services':[" + api(",'desiredCount':3,'min':3,'max':25") + "]}"))
                .compute();
        assertThat(compute.services().get(0).max()).isEqualTo(25);
    }

    @Test
    void leftOutValuesFollowFromTheGivenOnes() {
        ServiceConfig service = load(withCompute("{'services':[" + api(",'cpu':2048,'desiredCount':3") + "]}"))
                .compute().services().get(0);
        assertThat(service.memory()).as("the smallest memory for the cpu").isEqualTo(4096);
        assertThat(service.min()).as("min defaults to desiredCount").isEqualTo(3);
        assertThat(service.max()).as("max defaults to twice desiredCount").isEqualTo(6);
        assertThat(service.port()).isEqualTo(8000);
        assertThat(service.healthCheckPath()).isEqualTo("/health");
        assertThat(service.command()).isEmpty();
        assertThat(service.environment()).isEmpty();
        assertThat(service.secrets()).isEmpty();
    }

    @Test
    void everyValidFargatePairIsAccepted() {
        for (int cpu : FargateSizes.cpuValues()) {
            for (int memory : FargateSizes.memoryFor(cpu)) {
                ServiceConfig service = load(withCompute("{'services':[" + api(",'cpu':" + cpu + ",'memory':" + memory)
                        + "]}")).compute().services().get(0);
                assertThat(service.cpu()).isEqualTo(cpu);
                assertThat(service.memory()).isEqualTo(memory);
            }
        }
        assertThat(FargateSizes.memoryFor(256)).containsExactly(512, 1024, 2048);
        assertThat(FargateSizes.memoryFor(4096)).hasSize(23).startsWith(8192).endsWith(30720);
    }

    // ------------------------------------------------------------------ one message per bad value

    static Stream<Arguments> badComputeConfig() {
        return Stream.of(
                // cpu/memory must be a Fargate pair; the message lists the memory allowed for that cpu
                arguments("{'services':[" + api(",'cpu':512,'memory':512") + "]}",
                        "platform:compute.services[0].memory: 512 is not valid with cpu 512; "
                                + "allowed: 1024, 2048, 3072, 4096"),
                arguments("{'services':[" + api(",'cpu':1024,'memory':1024") + "]}",
                        "platform:compute.services[0].memory: 1024 is not valid with cpu 1024; "
                                + "allowed: 2048, 3072, 4096, 5120, 6144, 7168, 8192"),
                arguments("{'services':[" + api(",'cpu':256,'memory':4096") + "]}",
                        "platform:compute.services[0].memory: 4096 is not valid with cpu 256; allowed: 512, 1024, 2048"),
                arguments("{'services':[" + api(",'cpu':8192,'memory':18432") + "]}",
                        "platform:compute.services[0].memory: 18432 is not valid with cpu 8192; allowed: 16384, 20480, "
                                + "24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440"),
                arguments("{'services':[" + api(",'cpu':16384,'memory':36864") + "]}",
                        "platform:compute.services[0].memory: 36864 is not valid with cpu 16384; allowed: 32768, 40960, "
                                + "49152, 57344, 65536, 73728, 81920, 90112, 98304, 106496, 114688, 122880"),
                arguments("{'services':[" + api(",'cpu':300") + "]}",
                        "platform:compute.services[0].cpu: 300 is not a Fargate CPU size; "
                                + "allowed: 256, 512, 1024, 2048, 4096, 8192, 16384"),
                arguments("{'services':[" + api(",'cpu':32768") + "]}",
                        "platform:compute.services[0].cpu: 32768 is out of range 1..16384"),
                arguments("{'services':[" + api(",'cpu':'half'") + "]}",
                        "platform:compute.services[0].cpu: 'half' is not a whole number; allowed: 1..16384"),
                // min <= desiredCount <= max
                arguments("{'services':[" + api(",'desiredCount':2,'min':3,'max':4") + "]}",
                        "platform:compute.services[0].min: min 3 is greater than desiredCount 2; min must be at most desiredCount"),
                arguments("{'services':[" + api(",'desiredCount':5,'min':2,'max':4") + "]}",
                        "platform:compute.services[0].desiredCount: desiredCount 5 is greater than max 4; desiredCount must be at most max"),
                arguments("{'services':[" + api(",'desiredCount':1,'max':0") + "]}",
                        "platform:compute.services[0].max: 0 is out of range 1..1000"),
                arguments("{'services':[" + api(",'min':-1") + "]}",
                        "platform:compute.services[0].min: -1 is out of range 0..1000"),
                // unique names, unique routes
                arguments("{'services':[" + api("") + "," + worker("api") + "]}",
                        "platform:compute.services[1].name: 'api' is used by another service; "
                                + "service names must be unique"),
                arguments("{'services':[" + api("") + ",{'name':'web','image':'nginx:1.27','public':{'paths':['/*']}}]}",
                        "platform:compute.services[1].public: route */* is already served by 'api'; "
                                + "two public services cannot share a host and path"),
                arguments("{'services':[{'name':'api','image':'nginx:1.27','public':{'hosts':['api.example.com'],"
                                + "'paths':['/v1/*']}},{'name':'admin','image':'nginx:1.27','public':{'hosts':"
                                + "['admin.example.com','api.example.com'],'paths':['/v1/*']}}]}",
                        "platform:compute.services[1].public: route api.example.com/v1/* is already served by 'api'; "
                                + "two public services cannot share a host and path"),
                arguments("{'services':[{'name':'api','image':'nginx:1.27','public':{'hosts':['api.example.com']}},"
                                + "{'name':'web','image':'nginx:1.27','public':{'hosts':['api.example.com'],"
                                + "'paths':['/*']}}]}",
                        "platform:compute.services[1].public: route api.example.com/* is already served by 'api'; "
                                + "two public services cannot share a host and path"),
                // secrets must be ones the stack defines
                arguments("{'services':[" + api(",'secrets':{'JWT_SECRET':'app/jwt'}") + "]}",
                        "platform:compute.services[0].secrets.JWT_SECRET: 'app/jwt' is not a secret this stack defines; "
                                + SECRETS_ALLOWED),
                arguments("{'services':[" + api(",'secrets':{'DB':'/staging/database/master'}") + "]}",
                        "platform:compute.services[0].secrets.DB: '/staging/database/master' is not a secret this "
                                + "stack defines; " + SECRETS_ALLOWED),
                arguments("{'services':[" + api(",'environment':{'JWT_SECRET':'x'},'secrets':{'JWT_SECRET':"
                                + "'app/jwt-secret'}") + "]}",
                        "platform:compute.services[0].secrets.JWT_SECRET: service 'api' sets JWT_SECRET here and in "
                                + "platform:compute.services[0].environment.JWT_SECRET; a variable is either plain "
                                + "environment or injected from Secrets Manager"),
                arguments("{'services':[" + api(",'environment':{'log-level':'info'}") + "]}",
                        "platform:compute.services[0].environment.log-level: is not an environment variable name; "
                                + "allowed: upper-case letters, digits and _"),
                arguments("{'services':[" + api(",'secrets':{'jwt':'app/jwt-secret'}") + "]}",
                        "platform:compute.services[0].secrets.jwt: is not an environment variable name; "
                                + "allowed: upper-case letters, digits and _"),
                // ports are 1..65535
                arguments("{'services':[" + api(",'port':0") + "]}",
                        "platform:compute.services[0].port: 0 is out of range 1..65535"),
                arguments("{'services':[" + api(",'port':65536") + "]}",
                        "platform:compute.services[0].port: 65536 is out of range 1..65535"),
                arguments("{'services':[" + api("") + "," + worker("worker").replace("}", ",'port':-80}") + "]}",
                        "platform:compute.services[1].port: -80 is out of range 1..65535"),
                arguments("{'services':[" + api(",'port':'http'") + "]}",
                        "platform:compute.services[0].port: 'http' is not a whole number; allowed: 1..65535"),
                // the rest of a service
                arguments("{'services':[]}",
                        "platform:compute.services: is required: at least one service (name, image or repository, "
                                + "port, cpu, memory, desiredCount, min, max, public or worker)"),
                arguments("{}",
                        "platform:compute.services: is required: at least one service (name, image or repository, "
                                + "port, cpu, memory, desiredCount, min, max, public or worker)"),
                arguments("{'services':[{'image':'nginx:1.27','worker':true}]}",
                        "platform:compute.services[0].name: is required: the service name (lower-case letters, "
                                + "digits, '-')"),
                arguments("{'services':[{'name':'Api','image':'nginx:1.27','worker':true}]}",
                        "platform:compute.services[0].name: 'Api' is not allowed; allowed: 1-31 lower-case letters, "
                                + "digits and '-', starting with a letter"),
                arguments("{'services':[{'name':'a-service-name-of-thirty-two-chr','image':'nginx:1.27','worker':true}]}",
                        "platform:compute.services[0].name: 'a-service-name-of-thirty-two-chr' is not allowed; "
                                + "allowed: 1-31 lower-case letters, digits and '-', starting with a letter"),
                arguments("{'services':[{'name':'api','image':'nginx:1.27','repository':'api','tag':'1.0.0',"
                                + "'worker':true}]}",
                        "platform:compute.services[0].image: give exactly one of image (a full image reference) or "
                                + "repository (an ECR repository this stack creates)"),
                arguments("{'services':[{'name':'api','worker':true}]}",
                        "platform:compute.services[0].image: give exactly one of image (a full image reference) or "
                                + "repository (an ECR repository this stack creates)"),
                arguments("{'services':[{'name':'api','repository':'Api','tag':'1.0.0','worker':true}]}",
                        "platform:compute.services[0].repository: 'Api' is not allowed; allowed: lower-case letters, "
                                + "digits and '-'"),
                arguments("{'services':[{'name':'api','repository':'api','worker':true}]}",
                        "platform:compute.services[0].tag: 'latest' is not allowed; ECR tags are immutable, so give a "
                                + "release tag such as 1.4.2 or a commit SHA"),
                arguments("{'services':[{'name':'api','repository':'api','tag':'v1 beta','worker':true}]}",
                        "platform:compute.services[0].tag: 'v1 beta' is not allowed; ECR tags are immutable, so give "
                                + "a release tag such as 1.4.2 or a commit SHA"),
                arguments("{'services':[" + api(",'healthCheckPath':'health'") + "]}",
                        "platform:compute.services[0].healthCheckPath: 'health' is not a URL path starting with /"),
                arguments("{'services':[{'name':'jobs','image':'nginx:1.27'}]}",
                        "platform:compute.services[0].public: is required unless worker is true: say how the ALB "
                                + "routes to 'jobs' (public: {paths: [/api/*]}) or mark it worker: true"),
                arguments("{'services':[" + api(",'worker':true") + "]}",
                        "platform:compute.services[0].worker: true conflicts with public; a service is either public "
                                + "(behind the ALB) or a worker"),
                arguments("{'services':[{'name':'api','image':'nginx:1.27','public':{}}]}",
                        "platform:compute.services[0].public.paths: is required when hosts is empty: a public service "
                                + "needs a host or path to route on"),
                arguments("{'services':[{'name':'api','image':'nginx:1.27','public':{'paths':['api/*']}}]}",
                        "platform:compute.services[0].public.paths[0]: 'api/*' is not allowed; allowed: URL paths "
                                + "starting with /, e.g. /api/*"),
                arguments("{'services':[{'name':'api','image':'nginx:1.27','public':{'hosts':['API.example.com']}}]}",
                        "platform:compute.services[0].public.hosts[0]: 'API.example.com' is not allowed; allowed: "
                                + "host names such as api.example.com"),
                arguments("{'services':[{'name':'api','image':'nginx:1.27','public':{'paths':['/*'],'path':['/v2/*']}}]}",
                        "platform:compute.services[0].public.path: is not a known setting (did you mean paths?); known settings here: "
                                + "hosts, paths"),
                arguments("{'services':[" + api(",'replicas':3") + "]}",
                        "platform:compute.services[0].replicas: is not a known setting; known settings here: calls, "
                                + "command, cpu, deployment, desiredCount, endpoints, environment, healthCheckCommand, "
                                + "healthCheckPath, image, max, memory, min, name, port, public, repository, secrets, "
                                + "statements, tag, worker, xray"),
                // the tier's own settings
                arguments("{'ecrKeepImages':0,'services':[" + api("") + "]}",
                        "platform:compute.ecrKeepImages: 0 is out of range 1..1000"),
                arguments("{'execEnabled':'yes','services':[" + api("") + "]}",
                        "platform:compute.execEnabled: 'yes' is not a boolean; allowed: true, false (YAML 1.2, as Pulumi reads it, takes yes as a string)"),
                arguments("{'certificateArn':'arn:aws:iam::123456789012:server-certificate/api','services':["
                                + api("") + "]}",
                        "platform:compute.certificateArn: 'arn:aws:iam::123456789012:server-certificate/api' is not an "
                                + "ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)"),
                arguments("{'certificateArn':'arn:aws:acm:us-east-1:123456789012:certificate/0f3c5a2e-1111-4a4a-9b9b-"
                                + "123456789abc','services':[" + api("") + "]}",
                        "platform:compute.certificateArn: is set together with platform:edge.apiDomain; give one: an "
                                + "imported certificate, or the domain ACM issues one for"),
                arguments("{'logRetentionDays':7,'services':[" + api("") + "]}",
                        "platform:compute.logRetentionDays: is not a known setting; known settings here: "
                                + "albDeletionProtection, certificateArn, ecrKeepImages, execEnabled, services, testListenerCidrs, "
                                + "testListenerPort"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badComputeConfig")
    void badComputeValuesAreNamedWithWhatIsAllowed(String compute, String message) {
        assertThatThrownBy(() -> load(withCompute(compute)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void theErrorCarriesTheFullKeyOfTheBadValue() {
        assertThatThrownBy(() -> load(withCompute("{'services':[" + api(",'cpu':512,'memory':512") + "]}")))
                .isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).key()).isEqualTo("platform:compute.services[0].memory");
        assertThatThrownBy(() -> load(withCompute("{'services':[" + api("") + "," + api("") + "]}")))
                .isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).key()).isEqualTo("platform:compute.services[1].name");
    }

    @Test
    void productionRefusesEcsExec() {
        var raw = withOverrides(stackFile("production"), Map.of("platform:compute",
                json("{'execEnabled':true,'services':[" + api("") + "]}")));
        assertThatThrownBy(() -> load(raw)).isInstanceOf(ConfigException.class)
                .hasMessage("platform:compute.execEnabled: true is not allowed in production (ECS Exec opens a shell "
                        + "in running tasks); allowed: false");
    }

    @Test
    void theHttpsListenerNeedsACertificateSource() {
        var raw = withOverrides(stackFile("staging"), Map.of(
                "platform:edge", json("{'hostedZone':'example.com'}"),
                "platform:compute", json("{'services':[" + api("") + "]}")));
        assertThatThrownBy(() -> load(raw)).isInstanceOf(ConfigException.class)
                .hasMessage("platform:compute.certificateArn: is required unless platform:edge.apiDomain is set: the "
                        + "HTTPS listener needs a certificate");
    }

    @Test
    void aSecretAddedToTheDataTierBecomesReferable() {
        var raw = withOverrides(stackFile("staging"), Map.of(
                "platform:data", json("{'appSecrets':['app/jwt-secret','app/stripe-key']}"),
                "platform:compute", json("{'services':[" + api(",'secrets':{'STRIPE_KEY':'app/stripe-key'}") + "]}")));
        assertThat(load(raw).compute().services().get(0).secrets())
                .containsExactly(Map.entry("STRIPE_KEY", "app/stripe-key"));
        var unknown = withOverrides(stackFile("staging"), Map.of(
                "platform:data", json("{'appSecrets':['app/jwt-secret']}"),
                "platform:compute", json("{'services':[" + api(",'secrets':{'STRIPE_KEY':'app/stripe-key'}") + "]}")));
        assertThatThrownBy(() -> load(unknown)).isInstanceOf(ConfigException.class)
                .hasMessage("platform:compute.services[0].secrets.STRIPE_KEY: 'app/stripe-key' is not a secret this "
                        + "stack defines; allowed: database/master, redis/auth-token, app/jwt-secret");
    }

    // ------------------------------------------------------------------ helpers

    /** A valid public api service with {@code extra} fields appended (single-quoted JSON). */
    private static String api(String extra) {
        return "{'name':'api','repository':'api','tag':'1.0.0','public':{'paths':['/*']}" + extra + "}";
    }

    private static String worker(String name) {
        return "{'name':'" + name + "','repository':'worker','tag':'1.0.0','worker':true}";
    }

    private static RawConfig withCompute(String singleQuoted) {
        return withOverrides(stackFile("staging"), Map.of("platform:compute", json(singleQuoted)));
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
