package io.platform.edge;

import io.platform.config.EdgeConfig;
import io.platform.config.Naming;

/** Inputs of the certificates tier. */
public record CertificatesArgs(Naming naming, EdgeConfig config) {
}
