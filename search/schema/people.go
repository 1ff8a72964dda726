package schema

// Person is someone the minutes name: a member, an officer, a voter.
type Person struct {
	// Name is as printed, without title or role: "L. Galvin", "Collins
	// (J)", "J M Pennington", "Galvin".
	Name string `json:"name"`
	// Title is the form of address printed before the name: "Councillor",
	// "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord".
	Title string `json:"title,omitempty"`
	// Role is an office or what they did: "Chair", "Mayor",
	// "Cathaoirleach", "Vice-Chairman", "Chief Executive"; on an item's
	// people, "moved", "seconded", "voted" or "named".
	Role string `json:"role,omitempty"`
	// Key names the person in the people facet and person: searches: the
	// slug of the surname, with the initials or first names kept only
	// where the meeting has two people of that surname or the minutes
	// print a distinguishing initial ("Collins (J)" is j-collins,
	// "Councillor L. Galvin" is galvin).
	Key string `json:"key"`
}

// Attendance is who attended a meeting, as its minutes list them.
type Attendance struct {
	Chair     []Person `json:"chair,omitempty"`     // who chaired (usually one; two when the chair changed)
	Members   []Person `json:"members,omitempty"`   // members present, the chair apart
	Officials []Person `json:"officials,omitempty"` // officers and others in attendance
	Apologies []Person `json:"apologies,omitempty"` // members who sent apologies
	Absent    []Person `json:"absent,omitempty"`    // members absent without apologies, when listed
}

// Attended lists everyone who was there: the chair, the members and the
// officials.
func (a Attendance) Attended() []Person {
	out := make([]Person, 0, len(a.Chair)+len(a.Members)+len(a.Officials))
	out = append(out, a.Chair...)
	out = append(out, a.Members...)
	return append(out, a.Officials...)
}

// IsZero reports an attendance with nobody in it.
func (a Attendance) IsZero() bool {
	return len(a.Chair)+len(a.Members)+len(a.Officials)+len(a.Apologies)+len(a.Absent) == 0
}
