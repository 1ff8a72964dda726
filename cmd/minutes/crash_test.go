package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// TestIndexSurvivesSIGKILL kills `minutes index` in the middle of an
// update until three kills have landed mid-update (a kill that comes
// after the update finished changes every file back and tries again, at
// most eight runs in all), and checks after each kill that the kill landed
// mid-update (the run had written some of the changed files and not all)
// and that the index opens, answers, and holds every file either in its
// old state or its new one, never half; the next run then finishes the
// job.
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

	// Now every file changes to the short version; kill the update as soon
	// as it reports a meeting written. On a busy machine the run may finish
	// before the kill lands; then every file changes back to the other
	// version and the round is tried again, up to maxRuns runs in all.
	version := func(n int) []byte {
		if n == nShort {
			return short
		}
		return long
	}
	target, other := nShort, nLong // the item counts of a file's new and old state
	for i := 0; i < files; i++ {
		os.WriteFile(filepath.Join(corpusDir, path(i)), version(target), 0o644)
	}
	const rounds, maxRuns = 3, 8
	updated, landed := 0, 0 // files in their new state before this run; kills that landed mid-update
	for attempt := 0; landed < rounds; attempt++ {
		if attempt == maxRuns {
			t.Fatalf("in %d runs only %d kills landed before the update finished; nothing more was tested", attempt, landed)
		}
		written, out := killAfterWrite(t, run())

		ix, err := search.Open(indexDir, search.Options{})
		if err != nil {
			t.Fatalf("run %d: index does not open after SIGKILL: %v\n%s", attempt, err, out)
		}
		res, err := ix.Search(context.Background(), search.Request{Page: 1, Size: 1})
		if err != nil {
			t.Fatalf("run %d: index does not answer: %v", attempt, err)
		}
		newFiles, total := 0, 0
		for i := 0; i < files; i++ {
			n := itemsOf(ix, schema.MeetingID(path(i)))
			switch n {
			case target:
				newFiles++
			case other:
			default:
				t.Errorf("run %d: %s has %d items: neither old (%d) nor new (%d)", attempt, path(i), n, other, target)
			}
			total += n
		}
		if uint64(total) != res.Total {
			t.Errorf("run %d: index holds %d items, files account for %d", attempt, res.Total, total)
		}
		ix.Close()
		// What the run said it had written is in the index.
		if newFiles < updated+written {
			t.Errorf("run %d: the run reported %d meetings written, but only %d of %d files are new (%d before it)",
				attempt, written, newFiles, files, updated)
		}
		if newFiles >= files {
			// The kill came after the update finished: nothing was tested
			// by this run. Change every file again and try once more.
			t.Logf("run %d: the kill came after the update finished; every file changes back", attempt)
			target, other = other, target
			for i := 0; i < files; i++ {
				os.WriteFile(filepath.Join(corpusDir, path(i)), version(target), 0o644)
			}
			updated = 0
			continue
		}
		t.Logf("run %d: killed after %d meetings written; %d of %d files new", attempt, written, newFiles, files)
		updated = newFiles
		landed++
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
		if n := itemsOf(ix, schema.MeetingID(path(i))); n != target {
			t.Errorf("after the final run %s has %d items, want %d", path(i), n, target)
		}
	}
}

// meetingsWritten is the count the index command's progress line gives:
// "3/120 files, 9.5 files/s; 2 meetings written, ...".
var meetingsWritten = regexp.MustCompile(`(\d+) meetings written`)

// killAfterWrite starts cmd (an index run) with its live progress line on
// a pipe, kills it with SIGKILL as soon as the line reports at least one
// meeting written, and returns that count and what the run printed.
func killAfterWrite(t *testing.T, cmd *exec.Cmd) (written int, out string) {
	t.Helper()
	cmd.Env = append(cmd.Env, liveProgressEnv+"=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	marks := make(chan int, 1)
	done := make(chan string)
	go func() {
		var all strings.Builder
		sc := bufio.NewScanner(stderr)
		sc.Split(splitLinesOrReturns)
		sent := false
		for sc.Scan() {
			all.WriteString(sc.Text() + "\n")
			m := meetingsWritten.FindStringSubmatch(sc.Text())
			if m == nil || sent {
				continue
			}
			if n, _ := strconv.Atoi(m[1]); n > 0 {
				marks <- n
				sent = true
			}
		}
		done <- all.String()
	}()
	select {
	case written = <-marks:
		cmd.Process.Signal(syscall.SIGKILL)
	case out = <-done:
		cmd.Wait()
		t.Fatalf("the run ended without reporting a meeting written:\n%s", out)
	case <-time.After(2 * time.Minute):
		cmd.Process.Signal(syscall.SIGKILL)
		t.Fatalf("the run reported no meeting written within two minutes:\n%s", <-done)
	}
	out = <-done
	cmd.Wait()
	return written, out
}

// splitLinesOrReturns is bufio.ScanLines that also ends a line at "\r",
// as a live progress line is redrawn.
func splitLinesOrReturns(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
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
	// What a child takes to start and fail at once (no index there), so
	// that a slow machine (the race detector, other work) does not count
	// as waiting on the lock.
	start := time.Now()
	if out, err := child("search", "--index", filepath.Join(t.TempDir(), "none.bleve"), "ofsted").CombinedOutput(); err == nil {
		t.Fatalf("search on a missing index succeeded:\n%s", out)
	}
	startup := time.Since(start)
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
		if took > startup+5*time.Second {
			t.Errorf("%s took %v to give up (%v to fail without a lock)", args[0], took, startup)
		}
	}
}
