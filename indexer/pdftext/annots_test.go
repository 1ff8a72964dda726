package pdftext

import "testing"

// TestAnnotationAppearances checks the text of annotations. What a page
// shows of them is its text, as a reader sees it and poppler's pdftotext
// reads it: a free-text comment's appearance, a form field's value in its
// widget's appearance (a decision form filled in), the /On appearance of
// a check box's states. What the page does not show is not: a note's
// /Contents (shown only when opened), a hidden annotation, a widget with
// no appearance. A field's value without an appearance (/NeedAppearances
// forms, whose viewer draws them) is not read either: it may be stale.
func TestAnnotationAppearances(t *testing.T) {
	form := func(text string) string {
		return streamObject("/Type /XObject /Subtype /Form /BBox [0 0 228 20] /Resources << /Font << /F1 5 0 R >> >>",
			"/Tx BMC BT /F1 10 Tf 2 5 Td ("+text+") Tj ET EMC")
	}
	checkKinds(t, []kindCase{
		{"shown annotations", kindPDF{page: "/Annots [6 0 R 7 0 R 10 0 R 11 0 R 13 0 R]", catalog: "/AcroForm << /Fields [7 0 R 13 0 R] >>",
			content: "BT /F1 10 Tf 72 700 Td (Page body) Tj ET",
			more: []string{
				"<< /Type /Annot /Subtype /FreeText /Rect [72 600 300 620] /Contents (Comment from the clerk) /AP << /N 8 0 R >> >>",
				"<< /Type /Annot /Subtype /Widget /FT /Tx /T (decision) /V (Approved unanimously) /Rect [72 500 300 520] /AP << /N 9 0 R >> /P 3 0 R >>",
				form("Comment from the clerk"),
				form("Approved unanimously"),
				"<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /Contents (A note nobody sees) >>",
				"<< /Type /Annot /Subtype /FreeText /F 2 /Rect [72 400 300 420] /AP << /N 12 0 R >> >>",
				form("Hidden words"),
				"<< /Type /Annot /Subtype /Widget /FT /Btn /T (agreed) /V /On /AS /On /Rect [72 300 300 320] /AP << /N << /On 14 0 R /Off 15 0 R >> >> >>",
				form("Agreed by all"),
				form("Not agreed"),
			}},
			"Page body\n\nComment from the clerk\n\nApproved unanimously\n\nAgreed by all"},
		{"appearance scaled to its rectangle", kindPDF{page: "/Annots [6 0 R]", content: "BT /F1 10 Tf 72 700 Td (Page body) Tj ET",
			more: []string{
				"<< /Type /Annot /Subtype /Stamp /Rect [72 300 186 310] /AP << /N 7 0 R >> >>",
				streamObject("/BBox [0 0 228 20] /Matrix [1 0 0 1 0 0] /Resources << /Font << /F1 5 0 R >> >>", "BT /F1 10 Tf 2 5 Td (Stamped approved) Tj ET"),
			}},
			"Page body\n\nStamped approved"},
	})
}
