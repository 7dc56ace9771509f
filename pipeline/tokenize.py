"""Tokenize stage: underthesea word segmentation into spaCy ``Doc`` objects.

underthesea returns strings without offsets and rewrites spelling; we feed it
the already-normalized clause with ``use_token_normalize=False`` and align the
words back to the text, so ``doc.text`` equals the clause and spaCy's
``start_char``/``end_char`` index it. Word segmentation is the slowest step of
the pipeline (~150k characters/s), so only clauses that hold a candidate
quantity are tokenized.
"""
from __future__ import annotations

from functools import lru_cache

import regex

_RX_NONSPACE = regex.compile(r"\S+")


@lru_cache(maxsize=1)
def vocab():
    """A shared spaCy vocabulary (blank multi-language pipeline, created once)."""
    import spacy

    return spacy.blank("xx").vocab


def _align(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Character spans of underthesea's words in ``text``; words it rewrote
    are re-split on the text's own syllables."""
    spans, pos = [], 0
    for w in words:
        w = w.strip()
        if not w:
            continue
        i = text.find(w, pos)
        if i < 0 or text[pos:i].strip():
            # underthesea changed the word (spacing, spelling): fall back to
            # the next run of non-space characters in the text itself
            m = _RX_NONSPACE.search(text, pos)
            if not m:
                break
            i, w = m.start(), text[m.start():m.end()]
        spans.append((i, i + len(w)))
        pos = i + len(w)
    m = _RX_NONSPACE
    while True:  # anything underthesea dropped
        r = m.search(text, pos)
        if not r:
            break
        spans.append((r.start(), r.end()))
        pos = r.end()
    return spans


def pieces(text: str) -> tuple[list[str], list[bool]]:
    """underthesea's words of ``text`` with the whitespace between them, as spaCy
    ``Doc`` words and spaces: joined they give ``text`` back exactly.

    >>> pieces("Hội Nông dân đạt")
    (['Hội', 'Nông dân', 'đạt'], [True, True, False])
    """
    from underthesea import word_tokenize

    words = word_tokenize(text, use_token_normalize=False) if text.strip() else []
    toks: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for s, e in _align(text, words):
        gap = text[pos:s]
        if gap:  # whitespace not covered by a single trailing space
            if toks and gap.startswith(" ") and not spaces[-1]:
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                toks.append(gap)
                spaces.append(False)
        toks.append(text[s:e])
        spaces.append(False)
        pos = e
    if pos < len(text):
        tail = text[pos:]
        if toks and tail.startswith(" "):
            spaces[-1] = True
            tail = tail[1:]
        if tail:
            toks.append(tail)
            spaces.append(False)
    return toks, spaces


def words(text: str) -> list[tuple[int, str]]:
    """The tokens of :func:`tokenize` as (offset, text) pairs, without building a
    spaCy ``Doc``: the counted phrases only read where words start and what they say.

    >>> words("Hội Nông dân đạt")
    [(0, 'Hội'), (4, 'Nông dân'), (13, 'đạt')]
    """
    out, pos = [], 0
    for t, sp in zip(*pieces(text)):
        out.append((pos, t))
        pos += len(t) + sp
    return out


def tokenize(text: str):
    """A spaCy Doc of underthesea words whose text is exactly ``text``.

    >>> doc = tokenize("Hội Nông dân đạt 90% trở lên")
    >>> doc.text == "Hội Nông dân đạt 90% trở lên"
    True
    >>> [t.text for t in doc][:3]
    ['Hội', 'Nông dân', 'đạt']
    """
    from spacy.tokens import Doc

    toks, spaces = pieces(text)
    return Doc(vocab(), words=toks, spaces=spaces)
