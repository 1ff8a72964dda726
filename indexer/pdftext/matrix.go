package pdftext

import "math"

// matrix is a PDF transformation matrix [a b c d e f], applied to row
// vectors: [x y 1] × M.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// translate returns the matrix that moves by (tx, ty).
func translate(tx, ty float64) matrix { return matrix{1, 0, 0, 1, tx, ty} }

// xScale is the length of the unit x vector after m.
func (m matrix) xScale() float64 { return math.Hypot(m[0], m[1]) }

// yScale is the length of the unit y vector after m.
func (m matrix) yScale() float64 { return math.Hypot(m[2], m[3]) }
