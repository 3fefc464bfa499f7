//go:build tools

// Package tools pins the Java language host's main package so that `go mod tidy` keeps its dependencies.
package tools

import _ "github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java"
