// Package golden compares what a test produced with a golden file under
// testdata/, and rewrites the file instead when the tests run with
// -update, so that a change of output shows as a diff to review.
//
// Every test package that keeps golden files or baselines uses it: the
// -update flag is defined here, once.
package golden
