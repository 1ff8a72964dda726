package pdftext

import (
	"bytes"
	"fmt"
)

// The string and name tokens of a content stream (PDF 32000-1:2008, 7.3.4
// and 7.3.5). A string longer than maxOperand ends the stream with
// ErrTooMuchContent.

// literal reads a string in parentheses after its "(".
func (lx *lexer) literal() (string, error) {
	var b []byte
	depth := 1
	for {
		c, err := lx.r.ReadByte()
		if err != nil {
			return string(b), err
		}
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return string(b), nil
			}
		case '\r':
			if next, err := lx.r.ReadByte(); err == nil && next != '\n' {
				lx.r.UnreadByte()
			}
			c = '\n'
		case '\\':
			var keep bool
			if c, keep, err = lx.escape(); err != nil {
				return string(b), err
			}
			if !keep {
				continue
			}
		}
		if len(b) >= maxOperand {
			return "", fmt.Errorf("%w: a string of more than %d bytes", ErrTooMuchContent, maxOperand)
		}
		b = append(b, c)
	}
}

// escape reads what follows a backslash in a literal string: the byte it
// stands for, or keep false for a backslash that continues the line.
func (lx *lexer) escape() (c byte, keep bool, err error) {
	if c, err = lx.r.ReadByte(); err != nil {
		return 0, false, err
	}
	switch c {
	case 'n':
		return '\n', true, nil
	case 'r':
		return '\r', true, nil
	case 't':
		return '\t', true, nil
	case 'b':
		return '\b', true, nil
	case 'f':
		return '\f', true, nil
	case '\n':
		return 0, false, nil
	case '\r':
		if next, err := lx.r.ReadByte(); err == nil && next != '\n' {
			lx.r.UnreadByte()
		}
		return 0, false, nil
	}
	if c < '0' || c > '7' {
		return c, true, nil
	}
	n := int(c - '0')
	for i := 0; i < 2; i++ {
		d, err := lx.r.ReadByte()
		if err != nil {
			return byte(n), true, err
		}
		if d < '0' || d > '7' {
			lx.r.UnreadByte()
			break
		}
		n = n*8 + int(d-'0')
	}
	return byte(n), true, nil
}

// hex reads a string of hex digits after its "<".
func (lx *lexer) hex() (string, error) {
	var b []byte
	var hi byte
	odd := false
	for {
		c, err := lx.r.ReadByte()
		if err != nil || c == '>' {
			if odd {
				b = append(b, hi<<4)
			}
			return string(b), err
		}
		v, ok := hexValue(c)
		if !ok {
			continue
		}
		if !odd {
			hi, odd = v, true
			continue
		}
		if len(b) >= maxOperand {
			return "", fmt.Errorf("%w: a string of more than %d bytes", ErrTooMuchContent, maxOperand)
		}
		b = append(b, hi<<4|v)
		odd = false
	}
}

func hexValue(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// name reads a name after its "/", decoding #xx escapes.
func (lx *lexer) name() (string, error) {
	c, err := lx.r.ReadByte()
	if err != nil {
		return "", err
	}
	if !isRegular(c) {
		lx.r.UnreadByte()
		return "", nil
	}
	tok, err := lx.regular(c)
	if bytes.IndexByte(tok, '#') < 0 {
		return string(tok), err
	}
	var b []byte
	for i := 0; i < len(tok); i++ {
		if tok[i] == '#' && i+2 < len(tok) {
			h, ok1 := hexValue(tok[i+1])
			l, ok2 := hexValue(tok[i+2])
			if ok1 && ok2 {
				b = append(b, h<<4|l)
				i += 2
				continue
			}
		}
		b = append(b, tok[i])
	}
	return string(b), err
}
