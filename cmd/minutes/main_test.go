package main

import (
	"context"
	"os"
	"testing"
)

// childEnv, when set, makes the test binary run Main with its arguments
// instead of the tests, so tests can run real `minutes` processes (and
// kill them) without building the binary.
const childEnv = "MINUTES_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" || len(os.Args) > 1 && os.Args[1] == pdfChildCommand {
		os.Exit(Main(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
