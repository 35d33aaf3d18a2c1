package generator

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// inputs is how a run reads its files, and the only code in this package
// that touches a file system: Config.FS when it is set, else the operating
// system's files. Paths are file paths as the operating system writes them.
// Within Config.FS the working directory is the root, so "a/b.json",
// "./a/b.json" and "/a/b.json" name the same file, and ".." does not lead
// above the root; the absolute form of a path is rooted at "/".
type inputs struct {
	fsys fs.FS // nil: the operating system's files
}

// rooted returns p made absolute within fsys, slash-separated: "/a/b.json".
func (in inputs) rooted(p string) string {
	return path.Clean("/" + filepath.ToSlash(p))
}

// name returns p as fsys names it (fs.ValidPath): "a/b.json", or "." for
// the root.
func (in inputs) name(p string) string {
	if n := strings.TrimPrefix(in.rooted(p), "/"); n != "" {
		return n
	}
	return "."
}

// abs returns p as an absolute path, as filepath.Abs does.
func (in inputs) abs(p string) (string, error) {
	if in.fsys == nil {
		return filepath.Abs(p)
	}
	return filepath.FromSlash(in.rooted(p)), nil
}

// wd returns the working directory, against which relative paths resolve.
func (in inputs) wd() (string, error) {
	if in.fsys == nil {
		return os.Getwd()
	}
	return string(filepath.Separator), nil
}

// stat describes the file at p, following symbolic links.
func (in inputs) stat(p string) (fs.FileInfo, error) {
	if in.fsys == nil {
		return os.Stat(p)
	}
	return fs.Stat(in.fsys, in.name(p))
}

// readDir lists a directory, sorted by name.
func (in inputs) readDir(dir string) ([]fs.DirEntry, error) {
	if in.fsys == nil {
		return os.ReadDir(dir)
	}
	return fs.ReadDir(in.fsys, in.name(dir))
}

// open opens the file at p for reading.
func (in inputs) open(p string) (fs.File, error) {
	if in.fsys == nil {
		return os.Open(p)
	}
	return in.fsys.Open(in.name(p))
}

// readFile reads the whole file at p.
func (in inputs) readFile(p string) ([]byte, error) {
	if in.fsys == nil {
		return os.ReadFile(p)
	}
	return fs.ReadFile(in.fsys, in.name(p))
}

// maxSchemaSize bounds the schema files schemagen reads.
const maxSchemaSize = 256 << 20

// readSchema reads a regular file of at most maxSchemaSize bytes: a
// reference to a device (/dev/zero) or a pipe must not hang or exhaust
// memory.
func (in inputs) readSchema(p string) ([]byte, error) {
	f, err := in.open(p)
	if err != nil {
		return nil, readError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, readError(err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if info.Size() > maxSchemaSize {
		return nil, fmt.Errorf("larger than %d MiB", maxSchemaSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxSchemaSize+1))
	if err != nil {
		return nil, readError(err)
	}
	return data, nil
}

// readError shortens an *fs.PathError, whose path the message already names.
func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read: %v", pe.Err)
	}
	return err
}
