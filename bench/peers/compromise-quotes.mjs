#!/usr/bin/env node
// compromise-quotes.mjs runs the compromise NLP library (https://github.com/spencermountain/compromise)
// as a peer to parley on a folder of plain-text articles: it prints compromise's attributions as JSON
// Lines in the format of `parley extract --format jsonl` (UTF-8 byte offsets) and measures compromise's
// own speed in the same process.
//
// Usage: node compromise-quotes.mjs [--passes N] [--timing FILE] [--reported] DIR > predictions.jsonl
//
// What counts as an attribution is built only from compromise's own features:
//   content = doc.quotations() (quotes sharing one cue are joined, as PolNeAR does);
//   cue     = a #Verb in the same sentence whose root is a speech verb (say, tell, ...), or "according to";
//   source  = the noun phrase from doc.nouns() nearest the cue, outside quotations (ties go to the
//             one before the cue, the usual subject position).
// A quotation with no cue in its sentence is still printed, with source and cue null: it is what the
// quotation finder found. With --reported, a speech verb in a sentence with no quotation also yields
// an attribution whose content is the rest of the sentence on the far side of the cue from the source;
// that is our heuristic on compromise's tags, not a compromise feature, so it is off by default.
//
// Timing (best of --passes over the corpus, per phase, file reading excluded):
//   split = nlp.tokenize(text).sentences()  (tokenization and sentence splitting, no tagging)
//   quotes = nlp(text) + quotations + cues + sources + offsets (everything that makes the predictions)
// Words are compromise terms holding a letter or digit; MB are the UTF-8 bytes of the files.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import nlp from 'compromise'

const MAX_BYTES = 10 << 20 // parley's ingest.DefaultMaxBytes

// Verbs that introduce speech or belief (PolNeAR counts both), compared with the root compromise
// computes for each #Verb, so every conjugation counts. compromise's match syntax has {say} for this,
// but alternatives of roots ({say}|{tell}) match nothing in 14.17.0, and one match per verb is slow.
const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'note', 'explain', 'argue', 'warn', 'write', 'announce',
  'insist', 'ask', 'report', 'declare', 'acknowledge', 'suggest', 'reply', 'respond', 'confirm',
  'deny', 'admit', 'predict', 'promise', 'contend', 'assert', 'maintain', 'recall', 'complain',
  'tweet', 'testify', 'believe', 'think', 'estimate', 'learn', 'show', 'find', 'reveal', 'accuse',
  'urge', 'quote',
])

function usage(msg) {
  if (msg) process.stderr.write(`compromise-quotes: ${msg}\n`)
  process.stderr.write('usage: node compromise-quotes.mjs [--passes N] [--timing FILE] [--reported] DIR\n')
  process.exit(2)
}

function parseArgs(argv) {
  const opt = { passes: 3, timing: '', reported: false, dir: '' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--passes') {
      opt.passes = Number(argv[++i])
      if (!Number.isInteger(opt.passes) || opt.passes < 1) usage(`--passes ${argv[i]}: want a positive integer`)
    } else if (a === '--timing') {
      opt.timing = argv[++i] ?? usage('--timing needs a file name')
    } else if (a === '--reported') {
      opt.reported = true
    } else if (a === '-h' || a === '--help') {
      usage()
    } else if (a.startsWith('-')) {
      usage(`unknown flag ${a}`)
    } else if (opt.dir) {
      usage(`one folder only, got ${opt.dir} and ${a}`)
    } else {
      opt.dir = a
    }
  }
  if (!opt.dir) usage('missing DIR')
  return opt
}

// loadDocs reads every .txt file in dir, refusing (with a message naming the file) what is not text.
function loadDocs(dir) {
  let names
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder')
    names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
  } catch (err) {
    throw new Error(`read folder ${dir}: ${err.message}`)
  }
  if (names.length === 0) throw new Error(`read folder ${dir}: no .txt files`)
  const docs = []
  const refused = []
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  for (const n of names) {
    const path = join(dir, n)
    try {
      const size = statSync(path).size
      if (size > MAX_BYTES) throw new Error(`${size} bytes, over the ${MAX_BYTES}-byte limit`)
      const raw = readFileSync(path)
      if (raw.includes(0)) throw new Error('binary input (NUL byte)')
      let text
      try {
        text = utf8.decode(raw)
      } catch {
        throw new Error('not valid UTF-8')
      }
      docs.push({ name: basename(n, '.txt'), text, bytes: raw.length })
    } catch (err) {
      refused.push(`${path}: ${err.message}`)
    }
  }
  return { docs, refused }
}

// byteOffsets maps every UTF-16 index of text to its UTF-8 byte offset (index text.length included).
// The low half of a surrogate pair gets the offset of its pair; no span boundary falls there.
function byteOffsets(text) {
  const out = new Int32Array(text.length + 1)
  let b = 0
  for (let i = 0; i < text.length; i++) {
    out[i] = b
    const c = text.charCodeAt(i)
    if (c < 0x80) b += 1
    else if (c < 0x800) b += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[++i] = b
        b += 4
        continue
      }
      b += 3
    } else b += 3
  }
  out[text.length] = b
  return out
}

// termSpans gives each term of a parsed document its [start, end) in UTF-16 units of text, from
// compromise's own offsets, checked against the text (and re-found forward if compromise drifted).
function termSpans(doc, text, stats) {
  doc.compute('offset')
  const spans = new Map()
  let at = 0
  for (const sent of doc.docs) {
    for (const t of sent) {
      let s = t.offset ? t.offset.start : -1
      if (s < 0 || text.substr(s, t.text.length) !== t.text) {
        stats.offsetFixes++
        s = text.indexOf(t.text, at)
        if (s < 0) {
          stats.unplaced++
          continue
        }
      }
      spans.set(t, [s, s + t.text.length])
      at = s + t.text.length
    }
  }
  return spans
}

// phrases turns a view into {n, first, last, terms} records: sentence number and term range.
function phrases(view) {
  const out = []
  for (const terms of view.docs) {
    if (terms.length === 0) continue
    out.push({ n: terms[0].index[0], first: terms[0].index[1], last: terms[terms.length - 1].index[1], terms })
  }
  return out
}

function gap(a, b) {
  if (a.last < b.first) return b.first - a.last
  if (b.last < a.first) return a.first - b.last
  return 0
}

const overlaps = (a, b) => a.first <= b.last && b.first <= a.last

// attributions builds the attribution records of one document from compromise's analysis.
function attributions(text, reported, stats) {
  const doc = nlp(text)
  const spans = termSpans(doc, text, stats)
  const quotes = phrases(doc.quotations())
  doc.compute('root')
  const cues = phrases(doc.match('#Verb'))
    .filter((p) => p.terms.some((t) => SPEECH_VERBS.has(t.root || t.normal)))
    .concat(phrases(doc.match('according to')))
  const nouns = phrases(doc.nouns())
  const bySent = (list) => {
    const m = new Map()
    for (const x of list) {
      if (!m.has(x.n)) m.set(x.n, [])
      m.get(x.n).push(x)
    }
    return m
  }
  const qs = bySent(quotes)
  const cs = bySent(cues)
  const ns = bySent(nouns)
  const span = (p) => {
    const a = spans.get(p.terms[0])
    const b = spans.get(p.terms[p.terms.length - 1])
    return a && b ? [a[0], b[1]] : null
  }
  const recs = []
  for (const n of new Set([...qs.keys(), ...cs.keys()])) {
    const sq = qs.get(n) || []
    const outside = (p) => !sq.some((q) => overlaps(p, q))
    const sc = (cs.get(n) || []).filter(outside)
    const sn = (ns.get(n) || []).filter((p) => outside(p) && !sc.some((c) => overlaps(p, c)))
    const sourceOf = (cue) => {
      let best = null
      for (const p of sn) {
        const d = gap(p, cue)
        // Ties go to the phrase before the cue: it is where the subject sits.
        if (!best || d < best.d || (d === best.d && p.first < best.p.first)) best = { p, d }
      }
      return best ? best.p : null
    }
    // Quotations sharing their nearest cue become one attribution, in reading order.
    const groups = new Map()
    for (const q of sq) {
      let cue = null
      for (const c of sc) if (!cue || gap(c, q) < gap(cue, q)) cue = c
      const key = cue ?? q
      if (!groups.has(key)) groups.set(key, { cue, content: [] })
      groups.get(key).content.push(q)
    }
    for (const g of groups.values()) {
      recs.push({ content: g.content.map(span), cue: g.cue, source: g.cue ? sourceOf(g.cue) : null })
    }
    if (reported && sq.length === 0) {
      const sent = doc.docs[n]
      for (const cue of sc) {
        const src = sourceOf(cue)
        // Content is what lies on the far side of the cue from its source, up to the sentence's edge.
        const after = !src || src.last < cue.first
        const first = after ? cue.last + 1 : 0
        const last = after ? sent.length - 1 : Math.min(cue.first, src.first) - 1
        if (first > last) continue
        const piece = span({ terms: [sent[first], sent[last]] })
        recs.push({ content: [piece], cue, source: src })
      }
    }
  }
  return { recs, span }
}

function wordsOf(doc) {
  let w = 0
  for (const sent of doc.docs) for (const t of sent) if (/[\p{L}\p{N}]/u.test(t.text)) w++
  return w
}

function toJSON(name, text, b, res) {
  const lines = []
  const piece = (s) => ({ start: b[s[0]], end: b[s[1]], text: text.slice(s[0], s[1]) })
  for (const r of res.recs) {
    const content = r.content.filter(Boolean)
    if (content.length === 0) continue
    const c = { start: b[content[0][0]], end: b[content[content.length - 1][1]] }
    c.text = text.slice(content[0][0], content[content.length - 1][1])
    if (content.length > 1) c.spans = content.map((s) => [b[s[0]], b[s[1]]])
    const src = r.source && res.span(r.source)
    const cue = r.cue && res.span(r.cue)
    lines.push(JSON.stringify({
      doc: name,
      source: src ? piece(src) : null,
      cue: cue ? piece(cue) : null,
      content: c,
      speaker: src ? { name: text.slice(src[0], src[1]) } : null,
      kind: r.cue ? 'attributed' : 'quotation',
    }))
  }
  return lines
}

function main() {
  const opt = parseArgs(process.argv.slice(2))
  let loaded
  try {
    loaded = loadDocs(opt.dir)
  } catch (err) {
    process.stderr.write(`compromise-quotes: ${err.message}\n`)
    process.exit(1)
  }
  const { docs, refused } = loaded
  for (const r of refused) process.stderr.write(`refused: ${r}\n`)
  const bytes = docs.reduce((k, d) => k + d.bytes, 0)
  let best = null
  let bestSplit = Infinity
  let out = []
  for (let pass = 0; pass < opt.passes; pass++) {
    const f = { split: 0, quotes: 0, words: 0, sentences: 0, statements: 0, offsetFixes: 0, unplaced: 0 }
    const lines = []
    for (const d of docs) {
      const t0 = performance.now()
      const tok = nlp.tokenize(d.text)
      f.sentences += tok.sentences().length
      const t1 = performance.now()
      const res = attributions(d.text, opt.reported, f)
      const t2 = performance.now()
      f.split += t1 - t0
      f.quotes += t2 - t1
      f.words += wordsOf(tok)
      const ls = toJSON(d.name, d.text, byteOffsets(d.text), res)
      f.statements += ls.length
      lines.push(...ls)
    }
    if (!best || f.quotes < best.quotes) best = f
    bestSplit = Math.min(bestSplit, f.split)
    out = lines
  }
  best.split = bestSplit
  process.stdout.write(out.length ? out.join('\n') + '\n' : '')
  const rate = (ms) => ({ mb_per_s: bytes / 1e6 / (ms / 1e3), words_per_s: best.words / (ms / 1e3) })
  const timing = {
    tool: `compromise ${nlp.version}`,
    node: process.version,
    passes: opt.passes,
    documents: docs.length,
    bytes,
    words: best.words,
    sentences: best.sentences,
    statements: best.statements,
    split: { seconds: best.split / 1e3, ...rate(best.split) },
    quotes: { seconds: best.quotes / 1e3, ...rate(best.quotes) },
    offset_fixes: best.offsetFixes,
    unplaced_terms: best.unplaced,
  }
  const e = process.stderr
  e.write(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${best.words} words, ${best.sentences} sentences, ${best.statements} statements found (${timing.tool}, node ${process.version})\n`)
  e.write(`sentences (tokenize)  ${timing.split.mb_per_s.toFixed(2).padStart(8)} MB/s ${timing.split.words_per_s.toFixed(0).padStart(12)} words/s\n`)
  e.write(`quotation pass        ${timing.quotes.mb_per_s.toFixed(2).padStart(8)} MB/s ${timing.quotes.words_per_s.toFixed(0).padStart(12)} words/s\n`)
  if (best.offsetFixes || best.unplaced) e.write(`offsets: ${best.offsetFixes} term offsets re-found, ${best.unplaced} terms not placed\n`)
  if (opt.timing) writeFileSync(opt.timing, JSON.stringify(timing) + '\n')
  if (refused.length) process.exitCode = 1
}

main()
