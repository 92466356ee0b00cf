package evalcorpus

// scoreFields scores every annotated metadata field of one page.
func (r *Report) scoreFields(p *Page, pr *Prediction) {
	r.page = p.ID
	r.scoreString(FieldTitle, p.Title, pr.Title)
	r.scoreString(FieldByline, p.Byline, pr.Byline)
	r.scoreString(FieldDek, p.Dek, pr.Dek)
	r.scoreString(FieldDescription, p.Description, pr.Description)
	r.scoreString(FieldSiteName, p.SiteName, pr.SiteName)
	r.scoreString(FieldLeadImageCaption, p.LeadImageCaption, pr.LeadImageCaption)
	r.scoreString(FieldLeadImageCredit, p.LeadImageCredit, pr.LeadImageCredit)
	r.scoreSet(FieldAuthors, p.Authors, pr.Authors)
	r.scoreSet(FieldTags, p.Tags, pr.Tags)
	r.scoreSet(FieldCategories, p.Categories, pr.Categories)
	r.scoreDate(p, pr)
	r.scoreLang(p, pr)
	r.scoreImage(p, pr)
}

// begin counts an asserted absence (a false positive when returned) and
// returns the field's score when a value is annotated, else nil.
func begin[T any](r *Report, name string, want Field[T], returned bool) *FieldScore {
	if !want.Present {
		return nil
	}
	s := r.Fields[name]
	if want.Null {
		s.Nulls++
		if returned {
			s.NullFP++
			r.miss(name)
		}
		return nil
	}
	s.N++
	return s
}

// scoreString: exact match after normalisation, plus token F1.
func (r *Report) scoreString(name string, want Field[string], got string) {
	s := begin(r, name, want, hasText(got))
	if s == nil {
		return
	}
	s.Exact += r.hit(name, Normalize(want.Value) == Normalize(got))
	if hasText(got) {
		s.F1 += TokenF1(want.Value, got)
	}
}

// scoreSet: case-folded set precision, recall and F1; exact when F1 is 1.
func (r *Report) scoreSet(name string, want Field[[]string], got []string) {
	s := begin(r, name, want, len(foldSet(got)) > 0)
	if s == nil {
		return
	}
	p, rc, f := SetPRF(want.Value, got)
	s.P += p
	s.R += rc
	s.F1 += f
	s.Exact += r.hit(name, f == 1)
}

// scoreDate: right at the annotated precision, and right calendar day. An
// annotation that does not parse is not scored but counted.
func (r *Report) scoreDate(p *Page, pr *Prediction) {
	w := p.DatePublished
	if w.Annotated() {
		if _, _, err := ParseAnnotatedDate(w.Value); err != nil {
			r.UnparsedDates++
			return
		}
	}
	s := begin(r, FieldDate, w, !pr.Published.IsZero())
	if s == nil {
		return
	}
	c, _ := CompareDate(w.Value, p.DatePrecision.Value, pr.Published, pr.PublishedHasClock, tolerance(p))
	s.Exact += r.hit(FieldDate, c.Exact)
	s.Partial += b2i(c.Day)
}

// scoreLang: whole tag and primary subtag.
func (r *Report) scoreLang(p *Page, pr *Prediction) {
	if s := begin(r, FieldLang, p.Lang, hasText(pr.Lang)); s != nil {
		exact, primary := CompareLang(p.Lang.Value, pr.Lang)
		s.Exact += r.hit(FieldLang, exact)
		s.Partial += b2i(primary)
	}
}

// scoreImage: exact URL after resolving, fundus alternatives accepted.
func (r *Report) scoreImage(p *Page, pr *Prediction) {
	if s := begin(r, FieldLeadImageURL, p.LeadImageURL, hasText(pr.LeadImageURL)); s != nil {
		s.Exact += r.hit(FieldLeadImageURL, CompareImageURL(p.LeadImageURL.Value, p.Extra.LeadImageAlternatives, pr.LeadImageURL, p.PageURL()))
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hit returns 1 for an exact match; a miss is recorded against the page.
func (r *Report) hit(name string, exact bool) int {
	if exact {
		return 1
	}
	r.miss(name)
	return 0
}

// miss records that the current page is not exact on field name (or
// returned it where the page asserts it absent).
func (r *Report) miss(name string) {
	if r.Misses == nil {
		r.Misses = map[string][]string{}
	}
	r.Misses[name] = append(r.Misses[name], r.page)
}
