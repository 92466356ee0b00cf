//go:build race

package newsextract_test

// raceEnabled relaxes time and memory bounds, which the race detector
// multiplies.
const raceEnabled = true
