package parse

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/klauspost/compress/gzip"
	"io"
	"math"
	"slices"
)

// The model file is gzip-compressed binary: a magic string, then the tagger,
// the lemmatizer and the parser. Integers are varints; weights are stored per
// feature row as the non-zero classes with int16 values on a per-model scale.

const (
	magic   = "entente-parse-model/2\n"
	magicV1 = "entente-parse-model/1\n" // without the number of weights before each model's rows
)

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	e.w.Write(e.buf[:n])
}

func (e *encoder) varint(v int64) {
	n := binary.PutVarint(e.buf[:], v)
	e.w.Write(e.buf[:n])
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.w.WriteString(s)
}

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], v)
	e.w.Write(e.buf[:8])
}

func (e *encoder) table(t *table) {
	ks := t.keys()
	e.uvarint(uint64(len(ks)))
	for _, k := range ks {
		e.u64(k)
		e.uvarint(uint64(t.get(k)))
	}
}

func (e *encoder) linear(l *linear) {
	e.uvarint(uint64(l.classes))
	maxAbs := float32(0)
	for _, v := range l.wt {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	e.u64(uint64(math.Float32bits(scale)))
	ks := l.index.keys()
	e.uvarint(uint64(len(ks)))
	total := 0
	for _, v := range l.wt {
		if math.Round(float64(v/scale)) != 0 {
			total++
		}
	}
	e.uvarint(uint64(total))
	prev := uint64(0)
	n := l.classes
	q := make([]int64, n)
	row := make([]float32, n)
	for _, k := range ks {
		e.uvarint(k - prev)
		prev = k
		l.dense(k, row)
		nz := 0
		for c, v := range row {
			q[c] = int64(math.Round(float64(v / scale)))
			if q[c] != 0 {
				nz++
			}
		}
		e.uvarint(uint64(nz))
		last := 0
		for c := range n {
			if q[c] != 0 {
				e.uvarint(uint64(c - last))
				last = c
				e.varint(q[c])
			}
		}
	}
}

// decoder reads the decompressed model from memory; the first error sticks.
type decoder struct {
	b   []byte
	v1  bool
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(io.ErrUnexpectedEOF)
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(io.ErrUnexpectedEOF)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length and checks it against a sanity bound.
func (d *decoder) count(limit uint64) int {
	v := d.uvarint()
	if v > limit {
		d.fail(fmt.Errorf("length %d out of range", v))
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count(1 << 20)
	if n > len(d.b) {
		d.fail(io.ErrUnexpectedEOF)
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) strs() []string {
	n := d.count(1 << 20)
	out := make([]string, 0, min(n, 1024))
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.str())
	}
	return out
}

func (d *decoder) u64() uint64 {
	if len(d.b) < 8 {
		d.fail(io.ErrUnexpectedEOF)
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

func (d *decoder) table() table {
	n := d.count(1 << 26)
	t := newTable(n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.u64()
		v := d.uvarint()
		if k == 0 {
			d.fail(errors.New("zero key in table"))
		}
		t.put(k, int32(v))
	}
	return t
}

func (d *decoder) linear(fold uint8) *linear {
	classes := d.count(1 << 16)
	scale := math.Float32frombits(uint32(d.u64()))
	rows := d.count(1 << 26)
	total := 0
	if !d.v1 {
		total = d.count(1 << 30)
	}
	if d.err != nil || total > len(d.b) {
		d.fail(errors.New("weights truncated"))
		return nil
	}
	l := &linear{classes: classes, fold: fold, scale: scale, index: newTableBits(rows, keyBits(fold)),
		cls: make([]uint16, 0, total), wt: make([]float32, 0, total)}
	k := uint64(0)
	for r := 0; r < rows && d.err == nil; r++ {
		k += d.uvarint()
		if k == 0 {
			d.fail(errors.New("zero key in weights"))
		}
		nz := d.count(uint64(classes))
		start := len(l.wt)
		c := 0
		for j := 0; j < nz && d.err == nil; j++ {
			c += int(d.uvarint())
			v := d.varint()
			if c >= classes {
				d.fail(errors.New("class out of range"))
				break
			}
			l.cls = append(l.cls, uint16(c))
			l.wt = append(l.wt, float32(v)*scale)
		}
		l.index.putRow(k, int32(start), int32(len(l.wt)-start))
	}
	return l
}

// trans reads the transition model and lays it out for run time.
func (d *decoder) trans(fold uint8) transModel {
	classes := d.count(1 << 16)
	scale := math.Float32frombits(uint32(d.u64()))
	rows := d.count(1 << 26)
	if !d.v1 {
		d.count(1 << 30)
	}
	if d.err != nil || classes != 3 {
		d.fail(errors.New("transition model without three classes"))
		return nil
	}
	out := make([]tightRow, 0, rows)
	k := uint64(0)
	for r := 0; r < rows && d.err == nil; r++ {
		k += d.uvarint()
		if k == 0 {
			d.fail(errors.New("zero key in weights"))
		}
		row := tightRow{key: k}
		nz := d.count(3)
		c := 0
		for j := 0; j < nz && d.err == nil; j++ {
			c += int(d.uvarint())
			v := d.varint()
			if c >= 3 || v < math.MinInt16 || v > math.MaxInt16 {
				d.fail(errors.New("class or weight out of range"))
				break
			}
			row.q[c] = int16(v)
		}
		out = append(out, row)
	}
	if d.err != nil {
		return nil
	}
	return transModelOfRows(out, fold, scale)
}

// Save writes the model in its compressed binary form.
func (m *Model) Save(w io.Writer) error {
	z, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	e := &encoder{w: bufio.NewWriterSize(z, 1<<16)}
	e.w.WriteString(magic)
	e.str(m.info)
	e.uvarint(uint64(m.hashBits))
	// tagger
	e.strs(m.tg.upos)
	e.strs(m.tg.xpos)
	e.table(&m.tg.fixed)
	e.table(&m.tg.amb)
	e.linear(m.tg.model)
	// lemmatizer
	e.uvarint(uint64(m.lm.maxSuf))
	ek := make([]uint64, 0, len(m.lm.except))
	for k := range m.lm.except {
		ek = append(ek, k)
	}
	slices.Sort(ek)
	e.uvarint(uint64(len(ek)))
	for _, k := range ek {
		e.u64(k)
		e.str(m.lm.except[k])
	}
	rk := make([]uint64, 0, len(m.lm.rules))
	for k := range m.lm.rules {
		rk = append(rk, k)
	}
	slices.Sort(rk)
	e.uvarint(uint64(len(rk)))
	for _, k := range rk {
		e.u64(k)
		e.uvarint(uint64(m.lm.rules[k].cut))
		e.str(m.lm.rules[k].add)
	}
	// parser
	e.strs(m.ps.labels)
	e.uvarint(uint64(m.ps.root))
	e.linear(m.ps.transLinear())
	e.linear(m.ps.label)
	if len(m.ps.clusters.slots) > 0 {
		// word classes: an optional last section, absent from older models
		e.table(&m.ps.clusters)
	}
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zdata, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("parse: loading model: %w", err)
	}
	z, err := gzip.NewReader(bytes.NewReader(zdata))
	if err != nil {
		return nil, fmt.Errorf("parse: loading model: %w", err)
	}
	defer z.Close()
	// the gzip trailer holds the uncompressed size (mod 2^32): read into a
	// buffer of that size at once
	size := 0
	if n := len(zdata); n >= 4 {
		size = int(binary.LittleEndian.Uint32(zdata[n-4:]))
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(size+1, 1<<30)))
	if _, err := buf.ReadFrom(z); err != nil {
		return nil, fmt.Errorf("parse: loading model: %w", err)
	}
	data := buf.Bytes()
	d := &decoder{b: data[min(len(data), len(magic)):]}
	switch {
	case bytes.HasPrefix(data, []byte(magic)):
	case bytes.HasPrefix(data, []byte(magicV1)):
		d.v1 = true
	default:
		return nil, errors.New("parse: loading model: not an entente parse model")
	}
	m := &Model{tg: &tagger{}, lm: &lemmatizer{}, ps: &parser{}}
	m.info = d.str()
	m.hashBits = d.count(64)
	m.tg.upos = d.strs()
	m.tg.xpos = d.strs()
	m.tg.fixed = d.table()
	m.tg.amb = d.table()
	m.tg.model = d.linear(uint8(m.hashBits))
	m.lm.maxSuf = d.count(64)
	n := d.count(1 << 26)
	m.lm.except = make(map[uint64]string, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.u64()
		m.lm.except[k] = d.str()
	}
	n = d.count(1 << 26)
	m.lm.rules = make(map[uint64]edit, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.u64()
		cut := d.count(1 << 10)
		m.lm.rules[k] = edit{cut: cut, add: d.str()}
	}
	m.ps.labels = d.strs()
	m.ps.root = int32(d.count(uint64(len(m.ps.labels))))
	m.ps.trans3 = d.trans(uint8(m.hashBits))
	m.ps.label = d.linear(uint8(m.hashBits))
	if d.err == nil && len(d.b) > 0 {
		m.ps.clusters = d.table()
	}
	if d.err != nil {
		return nil, fmt.Errorf("parse: loading model: %w", d.err)
	}
	if len(m.tg.upos) != len(m.tg.xpos) || m.tg.model.classes != len(m.tg.upos) ||
		m.ps.trans3 == nil || m.ps.label.classes != len(m.ps.labels) ||
		int(m.ps.root) >= len(m.ps.labels) {
		return nil, errors.New("parse: loading model: inconsistent sizes")
	}
	m.init()
	return m, nil
}
