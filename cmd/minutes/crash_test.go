package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// child returns a command that runs `minutes args...` in a new process.
func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	return cmd
}

// seedTexts are two minutes of different lengths, so that a changed file
// has a different number of items.
func seedTexts(t *testing.T) (long, short []byte) {
	t.Helper()
	long, err := os.ReadFile(filepath.Join(bundledCorpus, "cheshire-east/corporate-parenting-committee/2018-05-09.txt"))
	if err != nil {
		t.Fatal(err)
	}
	short = []byte(strings.SplitN(string(long), "\n52.", 2)[0])
	return long, short
}

func itemCount(t *testing.T, data []byte) int {
	t.Helper()
	p := filepath.Join(t.TempDir(), "m.txt")
	os.WriteFile(p, data, 0o644)
	m, err := indexer.Extract(context.Background(), p, indexer.ExtractOptions{Rel: "x/y/m.txt"})
	if err != nil {
		t.Fatal(err)
	}
	return len(m.Items)
}

// itemsOf counts the items the index holds for a meeting, by ID.
func itemsOf(ix *search.Index, meetingID string) int {
	n := 0
	for ; n < 1000; n++ {
		if _, err := ix.Item(context.Background(), schema.ItemID(meetingID, n+1)); err != nil {
			break
		}
	}
	return n
}

// TestIndexSurvivesSIGKILL kills `minutes index` at several moments of an
// update and checks after each kill that the index opens, answers, and
// holds every file either in its old state or its new one, never half; the
// next run then finishes the job.
func TestIndexSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes; skipped in -short mode")
	}
	long, short := seedTexts(t)
	nLong, nShort := itemCount(t, long), itemCount(t, short)
	if nLong == nShort {
		t.Fatal("the two versions must differ in item count")
	}
	corpusDir := filepath.Join(t.TempDir(), "corpus")
	indexDir := filepath.Join(t.TempDir(), "minutes.bleve")
	const files = 120
	path := func(i int) string { return fmt.Sprintf("council-%02d/panel/2018-05-%02d.txt", i%7, i) }
	for i := 0; i < files; i++ {
		p := filepath.Join(corpusDir, path(i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, long, 0o644)
	}
	run := func() *exec.Cmd {
		return child("index", "--corpus", corpusDir, "--index", indexDir, "--workers", "1", "--batch", "1")
	}
	if out, err := run().CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, out)
	}

	// Now every file changes to the short version; kill the update midway.
	for i := 0; i < files; i++ {
		os.WriteFile(filepath.Join(corpusDir, path(i)), short, 0o644)
	}
	for round, delay := range []time.Duration{100 * time.Millisecond, 160 * time.Millisecond, 220 * time.Millisecond} {
		cmd := run()
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		ix, err := search.Open(indexDir, search.Options{})
		if err != nil {
			t.Fatalf("round %d: index does not open after SIGKILL: %v\n%s", round, err, out.String())
		}
		res, err := ix.Search(context.Background(), search.Request{Page: 1, Size: 1})
		if err != nil {
			t.Fatalf("round %d: index does not answer: %v", round, err)
		}
		newFiles, total := 0, 0
		for i := 0; i < files; i++ {
			n := itemsOf(ix, schema.MeetingID(path(i)))
			switch n {
			case nShort:
				newFiles++
			case nLong:
			default:
				t.Errorf("round %d: %s has %d items: neither old (%d) nor new (%d)", round, path(i), n, nLong, nShort)
			}
			total += n
		}
		if uint64(total) != res.Total {
			t.Errorf("round %d: index holds %d items, files account for %d", round, res.Total, total)
		}
		ix.Close()
		t.Logf("round %d: killed after %v with %d of %d files updated", round, delay, newFiles, files)
	}

	if out, err := run().CombinedOutput(); err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	ix, err := search.Open(indexDir, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for i := 0; i < files; i++ {
		if n := itemsOf(ix, schema.MeetingID(path(i))); n != nShort {
			t.Errorf("after the final run %s has %d items, want %d", path(i), n, nShort)
		}
	}
}

// TestSecondProcessDoesNotHang checks that `minutes index` and `minutes
// search` against an index that another process holds give a clear message
// within a few seconds instead of waiting on the lock.
func TestSecondProcessDoesNotHang(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes; skipped in -short mode")
	}
	indexDir := filepath.Join(t.TempDir(), "minutes.bleve")
	if out, err := child("index", "--corpus", bundledCorpus, "--index", indexDir).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	holder := child("serve", "--corpus", bundledCorpus, "--index", indexDir, "--addr", "127.0.0.1:0")
	// exec copies the child's output from its own goroutine while this one
	// reads it: the buffer must be safe for both.
	var holderOut syncBuffer
	holder.Stdout, holder.Stderr = &holderOut, &holderOut
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { holder.Process.Kill(); holder.Wait() }()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(holderOut.String(), "serving") {
		if time.Now().After(deadline) {
			t.Fatalf("server did not start: %s", holderOut.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, args := range [][]string{
		{"index", "--corpus", bundledCorpus, "--index", indexDir},
		{"search", "--index", indexDir, "ofsted"},
	} {
		start := time.Now()
		out, err := child(args...).CombinedOutput()
		took := time.Since(start)
		if err == nil {
			t.Errorf("%s on a held index succeeded:\n%s", args[0], out)
		}
		if !strings.Contains(string(out), "held") {
			t.Errorf("%s: message does not say the index is held:\n%s", args[0], out)
		}
		if took > 5*time.Second {
			t.Errorf("%s took %v to give up", args[0], took)
		}
	}
}
