// Package webtest drives a headless Chromium against an http.Handler for
// browser tests of the web package, and for end-to-end tests that wire in
// a real search index.
//
// New finds Chromium (MINUTES_CHROMIUM, then /usr/bin/chromium and the
// usual names on PATH). When there is none the test is skipped, except when
// the environment variable CI is "true", where it fails. Screenshots go to
// $MINUTES_SCREENSHOTS, or to a temporary directory of the test.
package webtest
