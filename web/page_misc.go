package web

import "net/http"

// helpView is the view model of /help: static text, and the reference of
// every request parameter and JSON field.
type helpView struct {
	Params  []helpParam
	Answers []helpAnswer
}

// errorView is the view model of the error page.
type errorView struct {
	Status     int
	StatusText string
	Message    string
}

// pageHelp answers GET /help: the query syntax.
func (s *Server) pageHelp(r *http.Request) (*page, error) {
	return &page{Template: "help.html", Title: "How to search", View: helpView{Params: helpParams, Answers: helpAnswers()}}, nil
}
