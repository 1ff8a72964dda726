package bench

import (
	"bufio"
	"bytes"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
	"time"
)

// memPeak is the highest memory seen while a phase ran: resident set size
// (VmRSS of /proc/self/status, Linux only, 0 elsewhere) and its two parts,
// anonymous memory (RssAnon: the Go heap, stacks, what the runtime has not
// returned) and file pages (RssFile: the index files bleve has mapped and
// touched, clean pages the kernel can drop), and the Go heap (live and not
// yet collected objects, from runtime/metrics). Each is its own peak.
type memPeak struct {
	RSS  uint64
	Anon uint64
	File uint64
	Heap uint64
}

// rss is one reading of the resident set.
type rss struct {
	Total, Anon, File uint64
}

// memSampler samples memory every interval until stopped. VmHWM cannot be
// used: it is the high-water mark of the whole process, and both engines
// run in this one. Sampling VmRSS every few milliseconds after releasing
// memory to the OS between phases measures each phase on its own; a peak
// shorter than the interval can be missed.
type memSampler struct {
	stop chan struct{}
	done sync.WaitGroup
	mu   sync.Mutex
	peak memPeak
}

const sampleInterval = 10 * time.Millisecond

// startMemSampler releases what it can to the OS, then samples.
func startMemSampler() *memSampler {
	runtime.GC()
	debug.FreeOSMemory()
	s := &memSampler{stop: make(chan struct{})}
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		t := time.NewTicker(sampleInterval)
		defer t.Stop()
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			metrics.Read(sample)
			r := readRSS()
			s.mu.Lock()
			s.peak.RSS = max(s.peak.RSS, r.Total)
			s.peak.Anon = max(s.peak.Anon, r.Anon)
			s.peak.File = max(s.peak.File, r.File)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				s.peak.Heap = max(s.peak.Heap, sample[0].Value.Uint64())
			}
			s.mu.Unlock()
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// Stop ends sampling and returns the peak.
func (s *memSampler) Stop() memPeak {
	close(s.stop)
	s.done.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peak
}

// readRSS reads VmRSS, RssAnon and RssFile; what cannot be read is 0.
func readRSS() rss {
	var r rss
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return r
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		for _, field := range []struct {
			key string
			to  *uint64
		}{{"VmRSS:", &r.Total}, {"RssAnon:", &r.Anon}, {"RssFile:", &r.File}} {
			if bytes.HasPrefix(line, []byte(field.key)) {
				*field.to = kiloBytes(line[len(field.key):])
			}
		}
	}
	return r
}

// kiloBytes reads the "  1234 kB" of a /proc status line, in bytes.
func kiloBytes(b []byte) uint64 {
	fields := bytes.Fields(b)
	if len(fields) == 0 {
		return 0
	}
	kb, err := strconv.ParseUint(string(fields[0]), 10, 64)
	if err != nil {
		return 0
	}
	return kb << 10
}
