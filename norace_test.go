//go:build !race

package newsextract_test

const raceEnabled = false
