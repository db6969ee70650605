package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"entente"
)

// readJSONL reads one JSON object a line, streaming: only the current line is
// held in memory, and a line longer than MaxRecordBytes is skipped (read
// through, not kept) and reported. Blank lines are ignored. The fields named
// by Options.Fields give the article; text is required. A dateline field is
// put at the head of the text when the text does not start with it, and a
// wire sign-off ("REUTER") at the end of the text is removed.
func (r *run) readJSONL(name string, br *bufio.Reader) error {
	var buf []byte
	for line := 1; ; line++ {
		if err := r.ctx.Err(); err != nil {
			return fatal{fmt.Errorf("ingest: %s:%d: %w", name, line, err)}
		}
		rec, size, tooLong, err := readLine(br, buf[:0], r.opts.MaxRecordBytes)
		buf = rec[:0]
		if line == 1 {
			rec = bytes.TrimPrefix(rec, []byte("\xEF\xBB\xBF")) // a byte order mark
		}
		if err != nil && err != io.EOF {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("truncated input (%w)", err)
			}
			r.problem(name, line, fmt.Errorf("read: %w", err), true)
			return nil
		}
		if tooLong {
			r.problem(name, line, fmt.Errorf("line of %d bytes is longer than the %d-byte record limit", size, r.opts.MaxRecordBytes), true)
		} else if len(bytes.TrimSpace(rec)) > 0 {
			if ferr := r.jsonRecord(name, line, rec); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line into buf (without its newline). When the line is
// longer than max it is read through and dropped, and tooLong is set. size
// is the line's full length. err is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, max int) (line []byte, size int, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += len(chunk)
		if !tooLong {
			if len(buf)+len(chunk) > max+1 {
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == nil {
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			size--
			if len(buf) > max {
				tooLong, buf = true, buf[:0]
			}
		}
		if err == io.EOF && size == 0 {
			return buf, 0, false, io.EOF
		}
		return buf, size, tooLong, err
	}
}

// jsonRecord turns one JSON line into an article; it returns only fatal errors.
func (r *run) jsonRecord(name string, line int, rec []byte) error {
	if i := firstInvalidUTF8(rec); i >= 0 {
		r.problem(name, line, fmt.Errorf("invalid UTF-8 at column %d", i+1), true)
		return nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(rec, &obj); err != nil {
		r.problem(name, line, fmt.Errorf("invalid JSON: %w", err), true)
		return nil
	}
	if obj == nil {
		r.problem(name, line, errors.New("not a JSON object"), true)
		return nil
	}
	f := &r.opts.Fields
	var fields [8]string
	for i, key := range []string{f.ID, f.URL, f.Title, f.Date, f.Text, f.Publisher, f.Language, f.Dateline} {
		v, err := stringField(obj[key])
		if err != nil {
			r.problem(name, line, fmt.Errorf("field %q: %w", key, err), true)
			return nil
		}
		fields[i] = v
	}
	id, url, title, date, text, publisher, lang, dateline := fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]
	if _, ok := obj[f.Text]; !ok {
		r.problem(name, line, fmt.Errorf("no %q field", f.Text), true)
		return nil
	}
	source := name + ":" + strconv.Itoa(line)
	a := &entente.Article{ID: id, Source: source, URL: url, Title: strings.TrimSpace(title),
		Publisher: publisher, Language: lang}
	text, signed := stripSignOff(cleanText(text))
	if a.Publisher == "" {
		a.Publisher = signed
	}
	if dl := strings.TrimSpace(dateline); dl != "" && text != "" && !strings.HasPrefix(text, dl) {
		text = dl + " " + text
	}
	a.Text = text
	if date != "" {
		t, err := ParseDate(date)
		if err != nil {
			r.problem(name, line, fmt.Errorf("field %q: %w", f.Date, err), false)
		} else {
			a.Published, a.DateSource = t, DateFromInput
		}
	}
	return r.article(a, name, line)
}

// stringField reads a JSON value as a string: strings as they are, numbers
// in their JSON spelling, null or absence as "".
func stringField(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case '{', '[', 't', 'f':
		return "", errors.New("not a string")
	}
	return string(raw), nil
}
