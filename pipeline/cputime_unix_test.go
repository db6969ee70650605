//go:build unix

package pipeline

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, so that a benchmark on
// a shared machine can report its own work apart from waiting for a core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
