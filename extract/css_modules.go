package extract

import "strings"

// CSS Modules, as Next.js and other React toolchains set them up, name a
// class "<Component>_<local>__<hash>": "Byline_byline-content-wrapper__Imque",
// "RelatedLinks_list__a1B2c". The underscores and the hash make the whole
// name too long to read as furniture, yet the component's name says what
// the block is. The local name does not: it names a part of whatever the
// component is ("Image_image-widget__LYZT4" is a story's picture).

// cssModuleHashLen is the length of the hash Next.js appends: five
// characters of base64url.
const cssModuleHashLen = 5

// cssModuleComponent returns the component name of a lower-case CSS
// Modules class name; ok is false for any other name.
func cssModuleComponent(name string) (component string, ok bool) {
	k := strings.LastIndex(name, "__")
	if k < 0 || len(name)-k-2 != cssModuleHashLen {
		return "", false
	}
	component, local, ok := strings.Cut(name[:k], "_")
	if !ok || component == "" || local == "" || strings.Contains(component, "-") {
		return "", false
	}
	return component, true
}
