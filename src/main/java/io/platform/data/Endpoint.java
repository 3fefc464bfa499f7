package io.platform.data;

import com.pulumi.core.Output;

/** Where a data store answers, for the services that connect to it. */
public record Endpoint(Output<String> host, int port) {
}
