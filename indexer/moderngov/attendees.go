package moderngov

import (
	"fmt"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// readAttendees sorts the meeting's <attendee> elements into those present,
// those who sent apologies and those in attendance (officers, guests),
// from their attendance and role descriptions. Attendees whose attendance
// was not recorded are counted in a warning, not guessed at.
func readAttendees(m *schema.Meeting, mt *node) {
	unknown := 0
	for _, a := range mt.findAll("attendee") {
		name := cleanText(a.value("name", "membername", "attendeename"))
		if name == "" {
			continue
		}
		role := cleanText(a.value("roledescription", "role"))
		switch attendanceOf(a.value("attendance", "attendancestatus"), role) {
		case "present":
			if strings.Contains(strings.ToLower(role), "chair") {
				name = fmt.Sprintf("%s (%s)", name, role)
			}
			m.Present = append(m.Present, name)
		case "apologies":
			m.Apologies = append(m.Apologies, name)
		case "attendance":
			if role != "" && !strings.EqualFold(role, "in attendance") {
				name = fmt.Sprintf("%s (%s)", name, role)
			}
			m.InAttendance = append(m.InAttendance, name)
		case "absent":
		default:
			unknown++
		}
	}
	if unknown > 0 {
		m.Warnings = append(m.Warnings, fmt.Sprintf("attendance not recorded for %d attendee(s)", unknown))
	}
}

// attendanceOf classifies one attendee: "present", "apologies",
// "attendance" (an officer or guest who attended), "absent" or "" when the
// record does not say.
func attendanceOf(attendance, role string) string {
	att := strings.ToLower(attendance)
	r := strings.ToLower(role)
	switch {
	case strings.Contains(att, "apolog"):
		return "apologies"
	case strings.Contains(att, "absent"), strings.Contains(att, "did not attend"), strings.Contains(att, "not present"):
		return "absent"
	case strings.Contains(att, "in attendance"):
		return "attendance"
	case strings.Contains(att, "present"), strings.Contains(att, "attended"), att == "yes":
		if isOfficerRole(r) {
			return "attendance"
		}
		return "present"
	}
	return ""
}

// isOfficerRole reports whether a role description names someone who
// attends without being a member: an officer, a guest, an observer.
func isOfficerRole(r string) bool {
	for _, w := range []string{"officer", "guest", "observer", "in attendance", "clerk", "witness", "advisor", "adviser", "visiting"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}
