package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Issue 14 item 4: EFS file systems in config — defaults, what is read, and the refused misuses. */
class FileSystemConfigValidationTest {
    private static final String TRAINING = "'accessPoints':[{'name':'training','path':'/training'}]";

    private static List<FileSystemConfig> fileSystems(String json) {
        return load(withOverrides(stackFile("staging"), Map.of("platform:data",
                ("{'fileSystems':" + json + "}").replace('\'', '"')))).data().fileSystems();
    }

    @Test
    void defaultsAreGeneralPurposeElasticBackedUpAndReadOnlyMountsAsTheAppUser() {
        FileSystemConfig fs = fileSystems("[{'name':'ml-data'," + TRAINING
                + ",'mounts':[{'service':'worker','accessPoint':'training','containerPath':'/mnt/training'}]}]").get(0);
        assertThat(fs.performanceMode()).isEqualTo("generalPurpose");
        assertThat(fs.throughputMode()).isEqualTo("elastic");
        assertThat(fs.transitionToIaDays()).isEmpty();
        assertThat(fs.backup()).isTrue();
        assertThat(fs.accessPoints()).containsExactly(new FileSystemConfig.AccessPoint("training", "/training", 1000,
                1000, "750"));
        assertThat(fs.mounts()).containsExactly(new FileSystemConfig.Mount("worker", "training", "/mnt/training", true));
    }

    @Test
    void everySettingIsRead() {
        FileSystemConfig fs = fileSystems("[{'name':'ml-data','performanceMode':'maxIO','throughputMode':'bursting',"
                + "'transitionToIaDays':30,'backup':false,'accessPoints':[{'name':'training','path':'/ml/training',"
                + "'uid':2000,'gid':3000,'permissions':'0770'}],'mounts':[{'service':'api','accessPoint':'training',"
                + "'containerPath':'/data','readOnly':false}]}]").get(0);
        assertThat(fs.performanceMode()).isEqualTo("maxIO");
        assertThat(fs.throughputMode()).isEqualTo("bursting");
        assertThat(fs.transitionToIaDays()).isEqualTo(OptionalInt.of(30));
        assertThat(fs.backup()).isFalse();
        assertThat(fs.accessPoints().get(0)).isEqualTo(new FileSystemConfig.AccessPoint("training", "/ml/training",
                2000, 3000, "0770"));
        assertThat(fs.mounts().get(0).readOnly()).isFalse();
    }

    static Stream<Arguments> misuses() {
        String key = "platform:data.fileSystems[0].";
        String mount = ",'mounts':[{'service':'worker','accessPoint':'training','containerPath':";
        return Stream.of(
                arguments("[{'name':'ml-data'}]", key + "accessPoints: is required: services mount the file system only "
                        + "through access points (name, path), which fix the directory and the POSIX user"),
                arguments("[{'name':'ml-data','performanceMode':'fast'," + TRAINING + "}]", key + "performanceMode: "
                        + "'fast' is not allowed; allowed: generalPurpose, maxIO"),
                arguments("[{'name':'ml-data','transitionToIaDays':45," + TRAINING + "}]", key + "transitionToIaDays: "
                        + "45 is not allowed; allowed: 1, 7, 14, 30, 60, 90, 180, 270, 365"),
                arguments("[{'name':'ml-data','accessPoints':[{'name':'root','path':'/'}]}]", key + "accessPoints[0]"
                        + ".path: '/' is not allowed; allowed: an absolute path below the root, e.g. /training (the file "
                        + "system root itself is never exposed)"),
                arguments("[{'name':'ml-data','accessPoints':[{'name':'t','path':'/t','uid':0}]}]", key
                        + "accessPoints[0].uid: 0 is out of range 1..2147483647"),
                arguments("[{'name':'ml-data','accessPoints':[{'name':'t','path':'/t','permissions':'rwx'}]}]", key
                        + "accessPoints[0].permissions: 'rwx' is not allowed; allowed: octal permissions such as 750"),
                arguments("[{'name':'ml-data'," + TRAINING + mount + "'/tmp/ml'}]}]", key + "mounts[0].containerPath: "
                        + "'/tmp/ml' is not allowed; allowed: an absolute path other than / and /tmp (the task's scratch "
                        + "volume), e.g. /mnt/training"),
                arguments("[{'name':'ml-data'," + TRAINING + ",'mounts':[{'service':'worker','accessPoint':'models',"
                        + "'containerPath':'/m'}]}]", key + "mounts[0].accessPoint: 'models' is not an access point of "
                        + "this file system; allowed: training"),
                arguments("[{'name':'ml-data'," + TRAINING + ",'mounts':[{'service':'trainer','accessPoint':'training',"
                        + "'containerPath':'/m'}]}]", key + "mounts[0].service: 'trainer' is not a service of this "
                        + "stack; allowed: api, worker"),
                arguments("[{'name':'a'," + TRAINING + mount + "'/m'}]},{'name':'b'," + TRAINING + mount + "'/m'}]}]",
                        "platform:data.fileSystems[1].mounts[0].containerPath: '/m' is already where 'worker' mounts "
                                + "file system 'a'"),
                arguments("[{'name':'a'," + TRAINING + "},{'name':'a'," + TRAINING + "}]", "platform:data.fileSystems[1]"
                        + ".name: 'a' is used by another file system; names must be unique"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void misusesAreRefusedWithOneLine(String json, String message) {
        assertThatThrownBy(() -> fileSystems(json)).isInstanceOf(ConfigException.class).hasMessage(message);
    }
}
