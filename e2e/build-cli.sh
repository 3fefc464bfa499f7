#!/usr/bin/env bash
# Builds the real Pulumi CLI and the Java language host from their Go modules (the module proxy
# serves them; no binary is downloaded) into e2e/.bin/<tool>-<version>/, and skips a build whose
# binary is already there. The versions are pinned by the wrapper modules under e2e/tools/.
#
#   e2e/build-cli.sh          build what is missing; prints the directory to put on PATH
#
# The language host is linked beside the CLI: the CLI takes a language plugin from its own directory
# as bundled, and warns when it finds one only on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
say() { echo "$@" >&2; }

# version_of <wrapper dir> <module>: the module's version as the wrapper's go.mod requires it.
version_of() {
    (cd "$1" && go list -m -f '{{.Version}}' "$2")
}

# build <wrapper dir> <main package> <binary name> <module> <ldflags variable>
build() {
    local wrapper="$here/tools/$1" pkg="$2" bin="$3" module="$4" versionVar="$5"
    local version; version="$(version_of "$wrapper" "$module")"
    local out="$here/.bin/$bin-$version"
    if [ -x "$out/$bin" ]; then
        say "$bin $version: cached in ${out#"$here/"}"
    else
        say "$bin $version: building from $module (first time only; several minutes on 2 cores)"
        local start; start=$(date +%s)
        mkdir -p "$out.tmp"
        (cd "$wrapper" && go build -trimpath -ldflags "-s -w -X $versionVar=$version" -o "$out.tmp/$bin" "$pkg")
        mv "$out.tmp" "$out"
        say "$bin $version: built in $(( $(date +%s) - start )) s"
    fi
    echo "$out"
}

cli=$(build pulumi github.com/pulumi/pulumi/pkg/v3/cmd/pulumi pulumi \
    github.com/pulumi/pulumi/pkg/v3 github.com/pulumi/pulumi/sdk/v3/go/common/version.Version)
host=$(build pulumi-language-java github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java pulumi-language-java \
    github.com/pulumi/pulumi-java/pkg github.com/pulumi/pulumi-java/pkg/version.Version)
toolset="$here/.bin/$(basename "$cli")+$(basename "$host")"
if [ ! -x "$toolset/pulumi-language-java" ]; then
    mkdir -p "$toolset"
    ln -f "$cli/pulumi" "$toolset/pulumi"
    ln -f "$host/pulumi-language-java" "$toolset/pulumi-language-java"
fi
echo "$toolset"
