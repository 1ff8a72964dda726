package indexer

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// removeLeftovers deletes the folders an earlier run of Build or swapInto
// left beside index when it was killed: "<index>.building-<pid>" and
// "<index>.old-<pid>". A build of a large corpus leaves gigabytes there,
// and nothing else would ever remove them. A folder whose process still
// runs (another build of the same index) is left alone, and so is one
// whose process cannot be asked about.
func removeLeftovers(index string, log *slog.Logger) {
	for _, kind := range []string{".building-", ".old-"} {
		matches, _ := filepath.Glob(index + kind + "*")
		for _, m := range matches {
			pid, err := strconv.Atoi(strings.TrimPrefix(m, index+kind))
			if err != nil || pid == os.Getpid() || !processGone(pid) {
				continue
			}
			if err := os.RemoveAll(m); err != nil {
				log.Warn("could not remove what a killed index run left", "folder", m, "err", err)
				continue
			}
			log.Info("removed what a killed index run left", "folder", m)
		}
	}
}

// processGone reports whether no process pid runs. Where the system cannot
// say (signal 0 is not supported), it answers false, so nothing is removed.
func processGone(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return errors.Is(err, os.ErrProcessDone) || errors.Is(err, syscall.ESRCH)
}
