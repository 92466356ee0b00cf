//go:build linux || darwin || freebsd || netbsd || openbsd

package main

import (
	"time"

	"golang.org/x/sys/unix"
)

// clockName says in the tables what the times are.
const clockName = "process CPU time"

// now reads the process's CPU clock: on a machine shared with other work,
// wall-clock time would charge their load to whichever extractor ran.
// With GOMAXPROCS=1 and one page at a time, the process's CPU time is the
// extractor's, garbage collection included.
func now() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ts.Nano())
}
