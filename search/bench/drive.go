package bench

import (
	"context"
	"fmt"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/councilminutes/minutes/internal/hashset"
	"github.com/councilminutes/minutes/internal/progress"
)

// meetingsOf reads the items of a JSONL file and calls yield with batches
// of whole meetings of about batchItems items. Consecutive items with the
// same council, committee and date form one meeting.
func meetingsOf(path string, batchItems int, yield func([]meeting) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open items: %w", err)
	}
	defer f.Close()
	var (
		batch []meeting
		n     int
		cur   *meeting
		key   string
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := yield(batch)
		batch, n = nil, 0
		return err
	}
	// the paths given, by a hash of the path, and how many meetings had
	// each path given more than once: the benchmark's own memory stays
	// small (it counts in the engines' RSS, and in their heap against
	// search.BuildMemoryLimit), about eight bytes a meeting
	seed := maphash.MakeSeed()
	var seenPaths hashset.Set
	repeats := map[uint64]int{}
	err = ReadJSONL(f, path, func(it Item) error {
		k := it.Council + "|" + it.Committee + "|" + it.Date
		if cur == nil || k != key {
			if n >= batchItems {
				if err := flush(); err != nil {
					return err
				}
			}
			p := meetingPath(it.Council, it.Committee, it.Date)
			// Two meetings of one committee on one day (possible in a
			// JSONL file) need distinct paths.
			h := maphash.String(seed, p)
			if seenPaths.Has(h) {
				repeats[h]++
				p = fmt.Sprintf("%s-%d.txt", p[:len(p)-len(".txt")], repeats[h]+1)
			}
			seenPaths.Add(h)
			batch = append(batch, meeting{Path: p})
			cur, key = &batch[len(batch)-1], k
		}
		cur.Items = append(cur.Items, it)
		n++
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// indexResult is what indexing the corpus into one engine gave.
type indexResult struct {
	Took  time.Duration // time inside the engine: batches and the final close
	CPU   time.Duration // process CPU time while indexing, reading the file included
	Mem   memPeak
	Bytes int64 // size of the index directory
}

// indexAll creates an index at path and writes every item of the JSONL
// file into it, counting them on p (nil for no progress). Only the time
// spent in the engine is counted, not reading the file. With profile
// set, it writes a CPU profile of the indexing.
func indexAll(ctx context.Context, e engine, items, path string, batch int, profile string, p *progress.Printer) (*indexResult, error) {
	if err := e.Create(path); err != nil {
		return nil, err
	}
	stopProfile, err := startProfile(profile)
	if err != nil {
		e.Close()
		return nil, err
	}
	mem := startMemSampler()
	cpu0 := processCPU()
	var took time.Duration
	err = meetingsOf(items, batch, func(ms []meeting) error {
		t0 := time.Now()
		err := e.Index(ctx, ms)
		took += time.Since(t0)
		n := 0
		for _, m := range ms {
			n += len(m.Items)
		}
		p.Add(n) // outside the time measured
		return err
	})
	if err == nil {
		err = writeHeapProfile(heapProfilePath(profile))
	}
	t0 := time.Now()
	cerr := e.Close()
	took += time.Since(t0)
	cpu := processCPU() - cpu0
	peak := mem.Stop()
	if perr := stopProfile(); err == nil {
		err = perr
	}
	if err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("index with %s: %w", e.Name(), err)
	}
	size, err := dirSize(path)
	if err != nil {
		return nil, err
	}
	return &indexResult{Took: took, CPU: cpu, Mem: peak, Bytes: size}, nil
}

// heapProfilePath is where the heap profile goes beside a CPU profile
// ("" for none).
func heapProfilePath(cpuProfile string) string {
	if cpuProfile == "" {
		return ""
	}
	return strings.TrimSuffix(cpuProfile, ".pprof") + "-heap.pprof"
}

// writeHeapProfile writes a heap profile (live objects after a GC, and
// every allocation so far) to path; "" does nothing.
func writeHeapProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create heap profile: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("write heap profile %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write heap profile %s: %w", path, err)
	}
	return nil
}

// startProfile starts a CPU profile written to path; "" does nothing.
func startProfile(path string) (stop func() error, err error) {
	if path == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start cpu profile %s: %w", path, err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("write profile %s: %w", path, err)
		}
		return nil
	}, nil
}

// dirSize is the total size of the regular files under dir.
func dirSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("size of index %s: %w", dir, err)
	}
	return total, nil
}
