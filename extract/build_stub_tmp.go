package extract

import "golang.org/x/net/html"

func (b *builder) blockquote(n *html.Node)                  { b.generic(n, format{}) }
func (b *builder) pre(n *html.Node)                         { b.generic(n, format{}) }
func (b *builder) table(n *html.Node)                       { b.generic(n, format{}) }
func (b *builder) figure(n *html.Node)                      { b.generic(n, format{}) }
func (b *builder) image(n *html.Node)                       {}
func (b *builder) iframe(n *html.Node)                      {}
func (b *builder) noscript(n *html.Node)                    {}
func (b *builder) classedBlock(n *html.Node, f format) bool { return false }
