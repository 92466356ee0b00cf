package extract

import (
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// minStackedStory is the story text, in runes, an <article> under its own
// headline needs to count as a whole story stacked below another: a few
// paragraphs, more than any teaser's excerpt.
const minStackedStory = 500

// firstOfStacked narrows a container that holds several whole stories, one
// under the other, each an <article> with its own <h1> and story text:
// pages that load the next story under the current one as the reader
// scrolls. The story the page is about is the one whose headline says the
// title, else the first. Each stacked story scores less than the wrapper
// that holds them all, so without this the body runs on into the next one.
func (a *analysis) firstOfStacked(best int) int {
	end := best + int(a.size[best])
	var stories []int
	for i := best + 1; i < end; i++ {
		n := a.p.Elements[i]
		if n.DataAtom != atom.Article || a.clutter[i] || a.good[i] < minStackedStory {
			continue
		}
		if h := a.firstH1(i); h >= 0 {
			stories = append(stories, i)
			if a.hints.Title != "" && len(stories) > 1 && sameTitle(page.Text(a.p.Elements[h]), a.hints.Title) {
				return i
			}
		}
		i += int(a.size[i]) - 1 // stories do not nest
	}
	if len(stories) < 2 {
		return best
	}
	return stories[0]
}

// firstH1 returns the position of the first <h1> below i, or -1.
func (a *analysis) firstH1(i int) int {
	end := i + int(a.size[i])
	for j := i + 1; j < end; j++ {
		if a.p.Elements[j].DataAtom == atom.H1 {
			return j
		}
	}
	return -1
}
