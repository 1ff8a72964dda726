// Package webtest drives a headless Chromium against an http.Handler for
// browser tests of the web package, and for end-to-end tests that wire in
// a real search index.
//
// New finds Chromium (MINUTES_CHROMIUM, then /usr/bin/chromium and the
// usual names on PATH). When there is none the test is skipped, except when
// the environment variable CI is "true", where it fails. Screenshots go to
// $MINUTES_SCREENSHOTS, or to a temporary directory of the test.
//
// Audit checks pages with axe-core (WCAG 2.1 A and AA, in the browser)
// and the Nu HTML Checker (vnu.jar, run by java over the HTML as served).
// .ci/setup installs both under $MINUTES_CI_CACHE (default
// $HOME/.cache/minutes-ci); MINUTES_AXE and MINUTES_VNU name other copies.
// Without them an audit skips, or fails when CI is "true". Lint checks a
// page's HTML for the same kinds of fault in Go alone, for every test.
package webtest
