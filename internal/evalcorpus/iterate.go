package evalcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// SharedDir is where the corpora live relative to the repository root; the
// root package's tests run with the repository root as working directory.
const SharedDir = "../shared/corpus"

// Find returns the first of dirs that is a folder, or "" when none is; with
// no dirs it tries SharedDir. Tests skip when it returns "".
func Find(dirs ...string) string {
	if len(dirs) == 0 {
		dirs = []string{SharedDir}
	}
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	return ""
}

// LoadNamed loads the corpus called name under root (root/name).
func LoadNamed(root, name string) ([]Page, error) {
	return Load(filepath.Join(root, name))
}

// ForEach calls fn with every page and its HTML, on workers goroutines
// (GOMAXPROCS when workers <= 0). fn gets the page's index, so results can
// be stored in a slice without locking. The first error stops the pages not
// yet started and is returned.
func ForEach(pages []Page, workers int, fn func(i int, p *Page, html []byte) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
	)
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				err := eachOne(&pages[i], i, fn)
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for i := range pages {
		mu.Lock()
		stop := firstErr != nil
		mu.Unlock()
		if stop {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return firstErr
}

// eachOne reads one page and hands it to fn.
func eachOne(p *Page, i int, fn func(int, *Page, []byte) error) error {
	data, err := p.HTML()
	if err != nil {
		return err
	}
	return fn(i, p, data)
}
