// Package search owns the bleve index of agenda items: its mapping, the
// builder that writes meetings into it, the query language that users type,
// and the searches the web layer and the command line run against it.
//
// It knows nothing of files or HTTP: extraction hands it schema.Meeting
// values, and it hands back typed results (Result, ItemDetail, ...).
package search
