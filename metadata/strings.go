package metadata

import "strings"

// firstNonBlank returns the first value that is not blank.
func firstNonBlank(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func looksLikeURL(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}

// atoiPrefix reads the leading digits of s ("1200", "1200px").
func atoiPrefix(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9' && n < 1<<20; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// containsFold reports whether s contains the lower-case ASCII word sub in
// any case, without allocating: it runs on every element's attributes.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// eachToken calls f with each token of s split on spaces, hyphens or
// underscores as sep says, stopping when f returns true; it does not
// allocate.
func eachToken(s string, sep func(byte) bool, f func(string) bool) bool {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || sep(s[i]) {
			if start >= 0 && f(s[start:i]) {
				return true
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return false
}
