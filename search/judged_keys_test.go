package search_test

// The judged sets name items by ID ("…--full-council--2018-05-28--i12"),
// and an item's ID is its position in its meeting: an item that a better
// extraction finds before a judged one would move every judgement after it
// onto a neighbour, and the figures would fall for no fault of the
// ranking. So each judged ID has a key, recorded beside the sets: hashes
// of the number and title its item had when the key was recorded (the
// corpus's text stays out of the repository), and which of the meeting's
// items with both it was. The judged test finds the item
// with that key in the same meeting, wherever it now stands, and judges
// that one.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// itemKey names a judged item apart from its position: written
// "NUMBER TITLE" or "NUMBER TITLE NTH", the hashes of its number and title
// and, when the meeting has more than one item with both, which of them
// it is (0 the first).
type itemKey struct {
	Number, Title string // hashes
	Nth           int
}

// hashOf is a short hash of an item's number or title: 32 bits tell
// apart the few dozen items of a meeting.
func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}

func (k itemKey) MarshalText() ([]byte, error) {
	s := k.Number + " " + k.Title
	if k.Nth > 0 {
		s += " " + strconv.Itoa(k.Nth)
	}
	return []byte(s), nil
}

func (k *itemKey) UnmarshalText(b []byte) error {
	f := strings.Fields(string(b))
	if len(f) < 2 || len(f) > 3 {
		return fmt.Errorf("item key %q: want NUMBER TITLE [NTH]", b)
	}
	k.Number, k.Title, k.Nth = f[0], f[1], 0
	if len(f) == 3 {
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("item key %q: %w", b, err)
		}
		k.Nth = n
	}
	return nil
}

// keyOfItem is the key of an item, without its Nth.
func keyOfItem(it schema.Item) itemKey {
	return itemKey{Number: hashOf(it.Number), Title: hashOf(it.Title)}
}

// keyOf is the key of the item id among its meeting's items.
func keyOf(items []schema.Item, id string) (itemKey, bool) {
	for i, it := range items {
		if it.ID != id {
			continue
		}
		k := keyOfItem(it)
		for _, before := range items[:i] {
			if keyOfItem(before) == k {
				k.Nth++
			}
		}
		return k, true
	}
	return itemKey{}, false
}

// findKey returns the ID of the item of a meeting that has key k: the
// Nth item with its number and title; failing that, the only item with
// its title (the item's number was read anew), or the only one with its
// number (its title was).
func findKey(items []schema.Item, k itemKey) (string, bool) {
	nth := k.Nth
	for _, it := range items {
		if keyOfItem(it) == (itemKey{Number: k.Number, Title: k.Title}) {
			if nth == 0 {
				return it.ID, true
			}
			nth--
		}
	}
	only := func(same func(schema.Item) bool) (string, bool) {
		id, n := "", 0
		for _, it := range items {
			if same(it) {
				id, n = it.ID, n+1
			}
		}
		return id, n == 1
	}
	if id, ok := only(func(it schema.Item) bool { return k.Title != hashOf("") && hashOf(it.Title) == k.Title }); ok {
		return id, true
	}
	return only(func(it schema.Item) bool { return k.Number != hashOf("") && hashOf(it.Number) == k.Number })
}

// judgedKeys resolves the judged IDs of one corpus's sets by their keys,
// and in -update mode records the keys of the items they resolve to.
type judgedKeys struct {
	file     string
	keys     map[string]itemKey // by judged ID, aliases expanded
	ix       *search.Index
	meetings map[string][]schema.Item
	record   map[string]itemKey // the keys to write in -update mode
	write    bool
}

func readKeys(t *testing.T, ix *search.Index, file string, update bool) *judgedKeys {
	t.Helper()
	k := &judgedKeys{file: file, keys: map[string]itemKey{}, ix: ix, meetings: map[string][]schema.Item{}, record: map[string]itemKey{}, write: update}
	data, err := os.ReadFile(file)
	switch {
	case errors.Is(err, os.ErrNotExist) && update:
		return k
	case err != nil:
		t.Fatalf("read the judged items' keys (run with -update to record them): %v", err)
	}
	if err := json.Unmarshal(data, &k.keys); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return k
}

// items returns a meeting's items, nil when the index has no such meeting.
func (k *judgedKeys) items(t *testing.T, meetingID string) []schema.Item {
	t.Helper()
	if items, ok := k.meetings[meetingID]; ok {
		return items
	}
	m, err := k.ix.Meeting(context.Background(), meetingID)
	var items []schema.Item
	switch {
	case errors.Is(err, search.ErrNotFound):
	case err != nil:
		t.Fatalf("meeting %s: %v", meetingID, err)
	default:
		items = m.Items
	}
	k.meetings[meetingID] = items
	return items
}

// resolve returns the ID that the item judged as id has now. A judged ID
// without a key, or whose key no item of its meeting has, is an error
// (outside -update, which judges it by position and records its key).
func (k *judgedKeys) resolve(t *testing.T, id string) string {
	t.Helper()
	meeting := schema.MeetingOfItem(id)
	if meeting == "" || id == schema.FrontID(meeting) {
		return id // a meeting's front text keeps its ID
	}
	items := k.items(t, meeting)
	now := id
	if key, ok := k.keys[id]; ok {
		found, ok := findKey(items, key)
		switch {
		case ok:
			now = found
		case k.write:
			t.Logf("judged item %s (key %s %s) is in its meeting no more: recording the item at its position", id, key.Number, key.Title)
		default:
			t.Errorf("judged item %s (key %s %s) is in its meeting no more: check that the item at its position is the one judged and record its key with -update", id, key.Number, key.Title)
		}
	} else if !k.write {
		t.Errorf("judged item %s has no key in %s: run with -update to record it", id, k.file)
	}
	if key, ok := keyOf(items, now); ok {
		k.record[id] = key
	}
	return now
}

// resolveQuery resolves every judged ID of a query.
func (k *judgedKeys) resolveQuery(t *testing.T, q judgedQuery) judgedQuery {
	t.Helper()
	if k == nil {
		return q
	}
	r := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = k.resolve(t, id)
		}
		return out
	}
	q.Must, q.Relevant, q.Irrelevant, q.MustNot = r(q.Must), r(q.Relevant), r(q.Irrelevant), r(q.MustNot)
	return q
}

// save writes the keys of the items the judged IDs resolved to.
func (k *judgedKeys) save() error {
	data, err := json.MarshalIndent(k.record, "", " ")
	if err != nil {
		return fmt.Errorf("judged keys: %w", err)
	}
	if err := os.WriteFile(k.file, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("judged keys: %w", err)
	}
	return nil
}

// TestFindKey: a judged item is found by its number and title wherever
// it now stands in its meeting, and by its title or number alone when
// only the other was read anew; its key survives the keys file.
func TestFindKey(t *testing.T) {
	item := func(seq int, number, title string) schema.Item {
		return schema.Item{ID: schema.ItemID("m", seq), Number: number, Title: title}
	}
	before := []schema.Item{item(1, "4", "Service Operations"), item(2, "9", "Question submitted by Cllr"), item(3, "10", "Question submitted by Cllr"), item(4, "", "Part 8 Procedure")}
	after := []schema.Item{item(1, "5(b)", "Assessment Panel"), item(2, "4", "Service Operations"), item(3, "9", "Question submitted by Cllr"), item(4, "10", "Question submitted by Cllr"), item(5, "5(c)", "Part 8 Procedure")}
	for _, tc := range []struct {
		name   string
		id     string
		items  []schema.Item
		want   string
		wantOK bool
	}{
		{"an item found before moves the judged one down", "m--i01", after, "m--i02", true},
		{"the same number and title twice: the same one of them", "m--i03", after, "m--i04", true},
		{"the number read anew: the only item with the title", "m--i04", after, "m--i05", true},
		{"no item with either", "m--i01", []schema.Item{item(1, "1", "Minutes")}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key, ok := keyOf(before, tc.id)
			if !ok {
				t.Fatalf("no key for %s", tc.id)
			}
			// as the keys file holds it
			data, err := json.Marshal(map[string]itemKey{tc.id: key})
			if err != nil {
				t.Fatal(err)
			}
			var keys map[string]itemKey
			if err := json.Unmarshal(data, &keys); err != nil {
				t.Fatalf("%s: %v", data, err)
			}
			k := keys[tc.id]
			got, ok := findKey(tc.items, k)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("findKey(%+v) = %q, %v, want %q, %v", k, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}
