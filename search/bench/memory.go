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
// (VmRSS of /proc/self/status, Linux only, 0 elsewhere), which includes
// the pages of index files bleve has mapped, and the Go heap (live and
// not yet collected objects, from runtime/metrics).
type memPeak struct {
	RSS  uint64
	Heap uint64
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
			rss := readRSS()
			s.mu.Lock()
			s.peak.RSS = max(s.peak.RSS, rss)
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

// readRSS returns VmRSS in bytes, or 0 when it cannot be read.
func readRSS() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, []byte("VmRSS:")) {
			continue
		}
		fields := bytes.Fields(line[len("VmRSS:"):])
		if len(fields) == 0 {
			return 0
		}
		kb, err := strconv.ParseUint(string(fields[0]), 10, 64)
		if err != nil {
			return 0
		}
		return kb << 10
	}
	return 0
}
