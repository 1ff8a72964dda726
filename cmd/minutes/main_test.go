package main

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// childEnv, when set, makes the test binary run Main with its arguments
// instead of the tests, so tests can run real `minutes` processes (and
// kill them) without building the binary.
const childEnv = "MINUTES_TEST_CHILD"

// imitationEnv, in a child, names the file of a moderngovtest.Config:
// fetch then reaches the imitated councils' sites (their names, loopback
// ports and certificate) instead of the real ones.
const imitationEnv = "MINUTES_TEST_IMITATION"

// liveProgressEnv, in a child, makes index draw its live progress line
// on stderr (a pipe), so that the test can see how far it has got.
const liveProgressEnv = "MINUTES_TEST_LIVE_PROGRESS"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" || len(os.Args) > 1 && os.Args[1] == pdfChildCommand {
		e := newEnv(os.Stdout, os.Stderr)
		e.liveProgress = os.Getenv(liveProgressEnv) == "1"
		if path := os.Getenv(imitationEnv); path != "" {
			cfg, err := moderngovtest.ReadConfig(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(exitFail)
			}
			e.fetchNet = func(o *moderngov.Options) {
				o.Resolver, o.Route, o.TLSConfig = cfg, cfg.Route, cfg.TLSConfig()
			}
		}
		os.Exit(e.main(context.Background(), os.Args[1:]))
	}
	os.Exit(m.Run())
}
