package moderngovtest

import (
	"fmt"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/schema"
)

// Slug is the council's slug: its name's.
func (c Council) Slug() string { return schema.Slug(c.Name) }

// WriteRegister writes a register of children's services authorities
// (authorities.csv) holding the councils, each in its Region (the North
// East when empty), with its Domain, as each other's neighbours.
func WriteRegister(path string, councils ...Council) error {
	var list []inspections.Authority
	for i, c := range councils {
		region := c.Region
		if region == "" {
			region = "North East"
		}
		list = append(list, inspections.Authority{
			Slug: c.Slug(), Name: c.Name, LACode: fmt.Sprint(900 + i), ONSCode: fmt.Sprintf("E0600%04d", 900+i),
			Region: region, Type: "Unitary Authority", Domain: c.Domain, Population0to25: 50000,
			Source: "invented for tests (moderngovtest)",
		})
	}
	for i := range list {
		for j := range list {
			if i != j {
				list[i].Neighbours = append(list[i].Neighbours, list[j].Slug)
			}
		}
	}
	return inspections.SaveRegister(path, list)
}
