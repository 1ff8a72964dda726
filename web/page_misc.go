package web

import "net/http"

// helpView is the view model of /help (the page is static text).
type helpView struct{}

// errorView is the view model of the error page.
type errorView struct {
	Status     int
	StatusText string
	Message    string
}

// pageHelp answers GET /help: the query syntax.
func (s *Server) pageHelp(r *http.Request) (*page, error) {
	return &page{Template: "help.html", Title: "How to search", View: helpView{}}, nil
}
