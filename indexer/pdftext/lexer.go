package pdftext

import (
	"bufio"
	"fmt"
	"io"
)

// operand is one operand of a content stream operator.
type operand struct {
	kind  operandKind
	num   float64
	str   string    // a string's bytes, or a name without its slash
	items []operand // an array's elements
}

type operandKind uint8

const (
	kindOther operandKind = iota // true, false, null, a dictionary
	kindNumber
	kindString
	kindName
	kindArray
)

func (o operand) number() float64 {
	if o.kind == kindNumber {
		return o.num
	}
	return 0
}

// Limits of the lexer, against hostile streams. An operand bigger than
// maxOperand, or arrays nested deeper than maxNesting, end the stream with
// ErrTooMuchContent; operands piled up without an operator beyond
// maxOperands are dropped.
const (
	maxOperand  = 1 << 20 // bytes of one operand, an array's included
	maxNesting  = 32      // arrays and dictionaries inside each other
	maxOperands = 1024    // operands waiting for their operator
	maxToken    = 256     // bytes of a number, name or operator kept
)

// lexer reads the operators of a content stream with their operands. It
// holds one operand at most maxOperand bytes in memory, whatever the
// length of the stream.
type lexer struct {
	r     *bufio.Reader
	stack []operand
	tok   []byte // the last regular token
}

func newLexer(r io.Reader) *lexer { return &lexer{r: bufio.NewReaderSize(r, 32<<10)} }

// next returns the next operator and its operands. It returns io.EOF at
// the end of the stream, or the error reading it.
func (lx *lexer) next() (string, []operand, error) {
	lx.stack = lx.stack[:0]
	for {
		c, err := lx.skipSpace()
		if err != nil {
			return "", nil, err
		}
		if isRegular(c) {
			tok, err := lx.regular(c)
			if err != nil && err != io.EOF {
				return "", nil, err
			}
			if n, ok := parseNumber(tok); ok {
				lx.push(operand{kind: kindNumber, num: n})
				continue
			}
			switch op := operatorName(tok); op {
			case "true", "false", "null":
				lx.push(operand{})
			case "BI":
				if err := lx.skipInlineImage(); err != nil {
					return "", nil, err
				}
				lx.stack = lx.stack[:0]
			default:
				return op, lx.stack, nil
			}
			continue
		}
		if isStray(c) {
			continue
		}
		o, err := lx.object(c, 0)
		if err != nil {
			return "", nil, err
		}
		lx.push(o)
	}
}

func (lx *lexer) push(o operand) {
	if len(lx.stack) >= maxOperands {
		lx.stack = lx.stack[:0]
	}
	lx.stack = append(lx.stack, o)
}

// object reads the object that starts with c, a delimiter.
func (lx *lexer) object(c byte, depth int) (operand, error) {
	if depth > maxNesting {
		return operand{}, fmt.Errorf("%w: arrays nested more than %d deep", ErrTooMuchContent, maxNesting)
	}
	switch c {
	case '(':
		s, err := lx.literal()
		return operand{kind: kindString, str: s}, err
	case '/':
		s, err := lx.name()
		return operand{kind: kindName, str: s}, err
	case '[':
		return lx.array(depth)
	case '<':
		next, err := lx.r.ReadByte()
		if err != nil {
			return operand{}, err
		}
		if next == '<' {
			return operand{}, lx.dict(depth)
		}
		lx.r.UnreadByte()
		s, err := lx.hex()
		return operand{kind: kindString, str: s}, err
	}
	return operand{}, nil // a stray delimiter
}

// isStray reports whether c is a delimiter out of place: ) > ] { }.
func isStray(c byte) bool { return c == ')' || c == '>' || c == ']' || c == '{' || c == '}' }

// array reads the elements up to the closing bracket.
func (lx *lexer) array(depth int) (operand, error) {
	arr := operand{kind: kindArray}
	size := 0
	for {
		c, err := lx.skipSpace()
		if err != nil {
			return arr, err
		}
		var o operand
		switch {
		case c == ']':
			return arr, nil
		case isRegular(c):
			tok, err := lx.regular(c)
			if err != nil && err != io.EOF {
				return arr, err
			}
			if n, ok := parseNumber(tok); ok {
				o = operand{kind: kindNumber, num: n}
			}
		case isStray(c):
			continue
		default:
			if o, err = lx.object(c, depth+1); err != nil {
				return arr, err
			}
		}
		if size += 16 + len(o.str); size > maxOperand {
			return arr, fmt.Errorf("%w: an array of more than %d bytes", ErrTooMuchContent, maxOperand)
		}
		arr.items = append(arr.items, o)
	}
}

// dict reads a dictionary up to its closing ">>" and forgets it: content
// streams use them only for marked-content properties.
func (lx *lexer) dict(depth int) error {
	for {
		c, err := lx.skipSpace()
		if err != nil {
			return err
		}
		switch {
		case c == '>':
			if next, err := lx.r.ReadByte(); err != nil || next == '>' {
				return err
			}
			lx.r.UnreadByte()
		case isRegular(c):
			if _, err := lx.regular(c); err != nil && err != io.EOF {
				return err
			}
		default:
			if _, err := lx.object(c, depth+1); err != nil {
				return err
			}
		}
	}
}
