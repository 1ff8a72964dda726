package web

import (
	"fmt"
	"math"
	"strconv"
)

// shade blends from a pale to a dark blue by level (0..1) and picks the
// text colour, dark or white, with the better contrast. Mid-tones where
// neither reaches WCAG AA (4.5:1) are darkened until white does. Empty
// cells are grey.
func shade(level float64, any bool) (fill, ink string) {
	if !any {
		return "#f3f4f6", "#4b5563"
	}
	level = 0.15 + 0.85*min(max(level, 0), 1)
	for ; ; level += 0.02 {
		fill = blend("#e8f1fb", "#0b3c7d", min(level, 1))
		dark, white := contrast(fill, "#111827"), contrast(fill, "#ffffff")
		switch {
		case dark >= white && dark >= 4.5:
			return fill, "#111827"
		case white >= 4.5 || level >= 1:
			return fill, "#ffffff"
		}
	}
}

// blend mixes two #rrggbb colours: t=0 gives a, t=1 gives b.
func blend(a, b string, t float64) string {
	ca, cb := rgb(a), rgb(b)
	var c [3]int
	for i := range c {
		c[i] = int(ca[i] + (cb[i]-ca[i])*t + 0.5)
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is the WCAG relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	var l float64
	for i, w := range [3]float64{0.2126, 0.7152, 0.0722} {
		v := rgb(hex)[i] / 255
		if v <= 0.04045 {
			v /= 12.92
		} else {
			v = math.Pow((v+0.055)/1.055, 2.4)
		}
		l += w * v
	}
	return l
}

// rgb parses #rrggbb; anything else is black.
func rgb(hex string) [3]float64 {
	var c [3]float64
	if len(hex) != 7 || hex[0] != '#' {
		return c
	}
	for i := range c {
		n, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return [3]float64{}
		}
		c[i] = float64(n)
	}
	return c
}
