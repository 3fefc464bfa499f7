package io.platform.edge;

import com.pulumi.aws.cloudfront.Function;
import com.pulumi.aws.cloudfront.FunctionArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;

/**
 * A CloudFront Function on the site bucket's behavior that serves {@code /index.html} for a path
 * without a file extension (a client-side route). It replaces distribution-wide error pages when
 * a front end has other origins, whose own 403s and 404s must reach the client unchanged.
 */
final class SpaRouting {
    static final String RUNTIME = "cloudfront-js-2.0";
    static final String CODE = """
            function handler(event) {
              var request = event.request;
              var uri = request.uri;
              if (uri.endsWith('/') || uri.lastIndexOf('.') < uri.lastIndexOf('/')) {
                request.uri = '/index.html';
              }
              return request;
            }
            """;

    private SpaRouting() {
    }

    /** CloudFront function names are account-wide: with {@code regionInNames} the name carries the region. */
    static Function declare(Naming naming, String site, CustomResourceOptions child) {
        return new Function(naming.name(site + "-spa-routing"), FunctionArgs.builder()
                .name(naming.globalName(site + "-spa-routing"))
                .comment("Serves index.html for the client-side routes of the " + site + " front end")
                .runtime(RUNTIME)
                .code(CODE)
                .publish(true)
                .build(), child);
    }
}
