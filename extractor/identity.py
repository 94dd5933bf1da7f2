"""Which files are one report: its DOCX, its PDF print, its TXT export share a `report_id`.

Archives hold the same report in several renditions; counted once per file, every total
would count it two or three times. Renditions differ in what a reader sees (page headers,
hyphenation, a cell read a little differently), so identity is decided by content, not by
bytes or file names:
- each document gets a bottom-k sketch of its word 3-grams, and one of the 3-grams that hold
  a number (what tells two years of one template apart);
- two documents are one report when both sketches mostly agree and their metadata does not
  contradict (another municipality, reporting date or act number is another report).
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from .model import Document, Paragraph

K = 96  # sketch size: Jaccard estimates within about ±0.1, a few hundred bytes per document
TEXT_SAME = 0.45  # renditions measured at 0.6–1.0; different reports of one template below 0.4
NUMBERS_SAME = 0.5
MIN_NUMBERED = 12  # fewer numbered 3-grams than this: the numbers say nothing either way

WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)?|[а-яёa-z]+", re.I)


def _words(doc: Document) -> list[str]:
    out: list[str] = []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            out.extend(w.lower().replace("ё", "е").replace(",", ".") for w in WORD.findall(b.text))
        else:
            for r in range(b.n_rows):
                for c in range(b.n_cols):
                    out.extend(w.lower().replace("ё", "е").replace(",", ".") for w in WORD.findall(b.text(r, c)))
    return out


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")


def _bottom(hashes: set[int]) -> list[int]:
    return sorted(hashes)[:K]


def fingerprint(doc: Document) -> dict:
    """Two bottom-k sketches of the document's content (word 3-grams; 3-grams with a number)."""
    words = _words(doc)
    grams = [" ".join(words[i:i + 3]) for i in range(max(0, len(words) - 2))]
    text = {_h(g) for g in grams}
    numbered = {_h(g) for g in grams if any(ch.isdigit() for ch in g)}
    return {"text": _bottom(text), "numbers": _bottom(numbered), "n_numbers": len(numbered)}


def similarity(a: list[int], b: list[int]) -> float:
    """Jaccard estimate from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:K]
    return sum(1 for h in union if h in sa and h in sb) / len(union)


CONFLICTING = ("municipality", "as_of", "doc_number", "kind")


def same_report(a: dict, b: dict) -> bool:
    """a, b: {"sha256", "fingerprint", and metadata columns}."""
    if a["sha256"] and a["sha256"] == b["sha256"]:
        return True
    fa, fb = a["fingerprint"], b["fingerprint"]
    if not fa or not fb:
        return False
    for col in CONFLICTING:
        if a.get(col) and b.get(col) and a[col] != b[col]:
            return False
    if similarity(fa["text"], fb["text"]) < TEXT_SAME:
        return False
    if min(fa["n_numbers"], fb["n_numbers"]) >= MIN_NUMBERED:
        return similarity(fa["numbers"], fb["numbers"]) >= NUMBERS_SAME
    return True


def group_reports(docs: list[dict]) -> dict[str, str]:
    """source → report_id for every document. Candidates are documents that share sketch
    values (an inverted index, so an archive of thousands is not compared pair by pair);
    groups are the connected pairs. The id is a readable slug of the file name of the group's
    first source, made unique."""
    from normalizers.text import slug

    parent = {d["source"]: d["source"] for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_source = {d["source"]: d for d in docs}
    index: dict[int, list[str]] = defaultdict(list)
    for d in docs:
        fp = d["fingerprint"]
        for h in (fp or {}).get("text", [])[:32]:
            index[h].append(d["source"])
    by_sha: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if d["sha256"]:
            by_sha[d["sha256"]].append(d["source"])
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for sources in index.values():
        if len(sources) > 200:  # a 3-gram in hundreds of documents is boilerplate, not identity
            continue
        for i, a in enumerate(sources):
            for b in sources[i + 1:]:
                shared[(a, b) if a < b else (b, a)] += 1
    pairs = [p for p, n in shared.items() if n >= 4]
    pairs += [(s[0], t) for s in by_sha.values() for t in s[1:]]
    for a, b in pairs:
        if find(a) != find(b) and same_report(by_source[a], by_source[b]):
            parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sorted(parent):
        groups[find(s)].append(s)
    out: dict[str, str] = {}
    used: set[str] = set()
    for members in sorted(groups.values()):
        stem = members[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        base = slug(stem).replace("-", "_") or "report"
        rid, n = base, 1
        while rid in used:
            n += 1
            rid = f"{base}-{n}"
        used.add(rid)
        for s in members:
            out[s] = rid
    return out
