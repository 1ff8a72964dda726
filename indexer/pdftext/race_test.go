//go:build race

package pdftext

// raceSlowdown is how many times longer the bomb tests allow for stopping
// a bomb under the race detector, which slows decompression and parsing
// several times over: the bound still catches a reader that works through
// the whole bomb.
const raceSlowdown = 5
