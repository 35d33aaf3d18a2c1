//go:build race

package textdiff

// raceEnabled reports whether the race detector is on; it slows the large
// inputs of TestUnifiedLarge down too much for their timing to mean anything.
const raceEnabled = true
