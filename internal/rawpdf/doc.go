// Package rawpdf lays out hand-written PDF objects as a file: the header,
// the objects numbered from 1, their cross-reference table and the
// trailer. Tests and the ModernGov imitation use it to make small PDFs
// whose every byte they choose (a one-page paper, a decompression bomb, a
// form XObject) without a PDF library.
package rawpdf
