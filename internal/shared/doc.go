// Package shared finds the read-only shared files that sit beside the
// repository (../shared: real documents, the real corpus, the Ofsted data
// and the benchmark corpus generator), for tests that check the product
// against real input.
//
// The files are never copied into the repository. A test that needs them
// skips when they are absent on a developer's machine and fails when the
// environment variable CI is "true", so that CI cannot pass by skipping.
package shared
