//go:build !unix

package bench

import "time"

// processCPU is not measured outside Unix: it reports 0.
func processCPU() time.Duration { return 0 }
