package bench

import (
	"context"
	"os"
	"strconv"
	"testing"
)

// Temporary harness (removed before hand-off): BENCH_ITEMS=N go test -run ZZProf
func TestZZProf(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BENCH_ITEMS"))
	if n == 0 {
		t.Skip()
	}
	out := os.Getenv("BENCH_OUT")
	queries, _ := strconv.Atoi(os.Getenv("BENCH_QUERIES"))
	_, err := Run(context.Background(), Options{Items: n, Clients: 8, Queries: queries, Dir: out + "/work", Seed: 1,
		Baseline: true, ProfileDir: out + "/prof", Out: out + "/report.json"}, os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
}
