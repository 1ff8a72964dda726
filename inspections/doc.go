// Package inspections is the one home of what the project knows about
// Ofsted's inspections of councils' children's services:
//
//   - the record (data/inspections.csv, built into the program by
//     BuiltinInspections; a corpus's own file is merged over it by
//     LoadOverBuiltin): each inspection with its overall judgement, its
//     sub-judgements and its source (Load, Import, Save).
//     A judgement the source could not read is JudgementNotRecorded and a
//     report with no overall judgement (since the 2026 reform)
//     JudgementNone: neither is ever read as a grade;
//   - the register of children's services authorities
//     (data/authorities.csv, built in by BuiltinRegister; a corpus's own
//     file replaces it, LoadRegisterOrBuiltin): names, codes, region,
//     type, web domain, population aged 0 to 25 and statistical
//     neighbours (ImportRegister, LoadRegister, SaveRegister), and the
//     matching of other sources' names
//     and web sites to it (Register.Match, Register.ByHost, Register.Adopt);
//   - inspection-relative date windows (Windows, ParseWithin),
//     and the cohorts of councils chosen by judgements (Selector, Having,
//     Moved);
//   - mining the minutes for reports of inspections (Mine), whose results
//     are Candidates marked "from minutes", never facts, and their check
//     against the record (Check).
//
// Every Inspection and Authority carries a Source: the data files refuse
// rows without one. The package imports only search/schema and the
// standard library, so that search, web, the indexer and the command line
// can all use it.
package inspections
