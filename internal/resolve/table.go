package resolve

import "hash/maphash"

// table maps strings to values of type V for one document at a time. It is a Go map without what resolution
// does not need: emptying it for the next document costs nothing (a generation number marks the slots in
// use), it grows only while a document is larger than every one before, and a key can be looked up as bytes
// without converting them.
type table[V any] struct {
	seed  maphash.Seed
	gen   uint32 // slots of another generation are empty
	slots []slot[V]
	n     int // keys in this generation
}

type slot[V any] struct {
	gen  uint32
	hash uint32
	key  string
	val  V
}

func newTable[V any]() table[V] {
	return table[V]{seed: maphash.MakeSeed(), gen: 1, slots: make([]slot[V], 64)}
}

// hash is key's hash, for getH and refH; hashBytes is that of string(key).
func (t *table[V]) hash(key string) uint64      { return maphash.String(t.seed, key) }
func (t *table[V]) hashBytes(key []byte) uint64 { return maphash.Bytes(t.seed, key) }

// get returns the value of key, or nil when key is absent.
func (t *table[V]) get(key string) *V { return t.getH(key, t.hash(key)) }

// getH is get, given key's hash.
func (t *table[V]) getH(key string, h uint64) *V {
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			return nil
		}
		if s.hash == uint32(h) && s.key == key {
			return &s.val
		}
	}
}

// getBytes is get(string(key)) without converting key.
func (t *table[V]) getBytes(key []byte) *V { return t.getBytesH(key, t.hashBytes(key)) }

// getBytesH is getBytes, given key's hash.
func (t *table[V]) getBytesH(key []byte, h uint64) *V {
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			return nil
		}
		if s.hash == uint32(h) && s.key == string(key) {
			return &s.val
		}
	}
}

// ref returns the value of key, adding key with the zero value when it is absent. The pointer is good until
// the next ref.
func (t *table[V]) ref(key string) *V { return t.refH(key, t.hash(key)) }

// refH is ref, given key's hash.
func (t *table[V]) refH(key string, h uint64) *V {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			var zero V
			*s = slot[V]{gen: t.gen, hash: uint32(h), key: key, val: zero}
			t.n++
			return &s.val
		}
		if s.hash == uint32(h) && s.key == key {
			return &s.val
		}
	}
}

func (t *table[V]) grow() {
	old := t.slots
	t.slots = make([]slot[V], 2*len(old))
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.gen != t.gen {
			continue
		}
		i := uint64(s.hash) & mask
		for t.slots[i].gen == t.gen {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// reset empties the table, and lets go of the memory a document with many names made it grow to. With
// forget, it also lets go of the keys and values of every generation, so that they no longer keep their
// document in memory.
func (t *table[V]) reset(forget bool) {
	t.n = 0
	t.gen++
	switch {
	case len(t.slots) > 4*maxKept:
		t.slots, t.gen = make([]slot[V], 64), 1
	case forget || t.gen == 0:
		clear(t.slots)
		t.gen = 1
	}
}
