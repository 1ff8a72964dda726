package pdftext

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

type lexed struct {
	op   string
	args []operand
}

func lexAll(t testing.TB, src string) ([]lexed, error) {
	t.Helper()
	lx := newLexer(strings.NewReader(src))
	var out []lexed
	for {
		op, args, err := lx.next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, lexed{op, append([]operand(nil), args...)})
	}
}

func num(n float64) operand    { return operand{kind: kindNumber, num: n} }
func str(s string) operand     { return operand{kind: kindString, str: s} }
func name(s string) operand    { return operand{kind: kindName, str: s} }
func arr(o ...operand) operand { return operand{kind: kindArray, items: o} }

func TestLexer(t *testing.T) {
	tests := []struct {
		name, src string
		want      []lexed
	}{
		{"numbers", "1 -2 +3.5 .25 -.5 4. 0 0 m", []lexed{{"m", []operand{num(1), num(-2), num(3.5), num(.25), num(-.5), num(4), num(0), num(0)}}}},
		{"font and text", "/F1 12 Tf (Hello) Tj", []lexed{{"Tf", []operand{name("F1"), num(12)}}, {"Tj", []operand{str("Hello")}}}},
		{"escapes", `(a\(b\)c\\d\n\101\0612\
e) Tj`, []lexed{{"Tj", []operand{str("a(b)c\\d\nA12e")}}}},
		{"nested parentheses", "(a (b) c) Tj", []lexed{{"Tj", []operand{str("a (b) c")}}}},
		{"end of line in a string", "(a\r\nb\rc) Tj", []lexed{{"Tj", []operand{str("a\nb\nc")}}}},
		{"hex strings", "<48 65 6c6C6f> Tj <414> Tj", []lexed{{"Tj", []operand{str("Hello")}}, {"Tj", []operand{str("A@")}}}},
		{"names with escapes", "/A#20B Do", []lexed{{"Do", []operand{name("A B")}}}},
		{"TJ arrays", "[(The)-300(Panel)] TJ", []lexed{{"TJ", []operand{arr(str("The"), num(-300), str("Panel"))}}}},
		{"quote operators", "(a) ' 1 2 (b) \"", []lexed{{"'", []operand{str("a")}}, {"\"", []operand{num(1), num(2), str("b")}}}},
		{"comments", "1 % a comment (not a string\n2 Td", []lexed{{"Td", []operand{num(1), num(2)}}}},
		{"marked content dictionary", "/P << /MCID 0 /A [1 2] /S (x) /D << /E 1 >> >> BDC EMC", []lexed{{"BDC", []operand{name("P"), {}}}, {"EMC", nil}}},
		{"inline image", "BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\xff\n EI Q", []lexed{{"Q", nil}}},
		{"booleans", "true false null sh", []lexed{{"sh", []operand{{}, {}, {}}}}},
		{"stray delimiters", ") ] > } { 1 w", []lexed{{"w", []operand{num(1)}}}},
		{"truncated string", "(abc", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := lexAll(t, tt.src)
			if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
				t.Fatalf("error %v", err)
			}
			for i := range got {
				if len(got[i].args) == 0 {
					got[i].args = nil
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lexed %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// FuzzLexer checks that any bytes lex to the end without a panic, and
// that no operand grows beyond the lexer's limit.
func FuzzLexer(f *testing.F) {
	for _, s := range []string{"BT /F1 12 Tf (Hi) Tj ET", "[(a)-3(b)] TJ", "BI /W 1 ID x EI", "<< /A [1 (x) <41>] >> BDC", `(\101\
)`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lx := newLexer(bytes.NewReader(data))
		for i := 0; ; i++ {
			_, args, err := lx.next()
			if err != nil {
				return
			}
			if len(args) > maxOperands {
				t.Fatalf("%d operands", len(args))
			}
			if i > len(data) {
				t.Fatalf("more operators than bytes")
			}
		}
	})
}

func benchmarkLexer(b *testing.B, pattern string) {
	src := []byte(strings.Repeat(pattern, (4<<20)/len(pattern)))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		lx := newLexer(bytes.NewReader(src))
		for {
			if _, _, err := lx.next(); err != nil {
				break
			}
		}
	}
}

func BenchmarkLexerPaths(b *testing.B) { benchmarkLexer(b, "0 0 m 612.5 -1.25 l 1 0 0 1 72 700 cm ") }
func BenchmarkLexerText(b *testing.B) {
	benchmarkLexer(b, "BT /F1 10 Tf 72 700 Td [(The)-300(Panel)-250(noted)] TJ (the report.) Tj ET ")
}
