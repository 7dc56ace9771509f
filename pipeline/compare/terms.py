"""What a clause measures, as words: Vietnamese text → the terms alignment compares.

A clause is normalized (NFC, one tone placement) and lower-cased, its
synonyms are read as one wording ("đơn vị hành chính cấp xã" is "xã"), the
phrases that only frame the figure (``ignored`` in ``compare_lexicon.yaml``:
aims, rate frames, bounds, time, territory, actors, function words) are cut
out, it is segmented into words with underthesea, and the one-word frames are
dropped ("số" but not the "số" of "dân số"). What is left is what the figure
measures::

    >>> measured_words("Tỷ lệ hộ nghèo trên địa bàn xã giảm còn 2%")
    ['hộ', 'nghèo']
    >>> measured_words("Số hộ nghèo chiếm 3%")
    ['hộ', 'nghèo']
"""
from __future__ import annotations

from functools import lru_cache

import regex
from underthesea import word_tokenize

from pipeline.compare.wording import words
from pipeline.lexicon import alternation, longest_first, phrase_pattern
from pipeline.normalize import normalize

#: A word that carries no letter (numbers, punctuation, symbols).
_NO_LETTER = regex.compile(r"^[^\p{L}]*$")
#: A number inside a word, with its separators.
_DIGITS = regex.compile(r"\d[\d.,/–-]*")
#: Longest ignored phrase, in words, tried at each position.
_LONGEST = 6


def fold(text: str) -> str:
    """Normalized, lower-cased text with single spaces (the form every list is matched in).

    >>> fold("Thị  Uỷ Hoà Bình") == fold("thị ủy hòa bình")
    True
    """
    return " ".join(normalize(text).text.lower().split())


#: Spaces around a hyphen or before a comma, which a phrase matches however written.
_LOOSE = regex.compile(r"\s*(-)\s*|\s*(,)")


def _key(phrase: str) -> str:
    """A matched phrase in one spelling ("công nghiệp-xây dựng" is "công nghiệp - xây dựng")."""
    return _LOOSE.sub(lambda m: " - " if m.group(1) else ",", " ".join(phrase.split()))


@lru_cache(maxsize=1)
def _synonyms() -> tuple[regex.Pattern, dict[str, str]]:
    # the canonical wording reads as itself: a shorter variant ("nông lâm thủy") must not eat into it
    variants = [(fold(v), fold(c)) for c, vs in words().synonyms.items() for v in (c, *vs)]
    return regex.compile(phrase_pattern([v for v, _ in variants])), {_key(v): c for v, c in variants}


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    ig = words().ignored
    return frozenset(fold(w) for group in (ig.frames, ig.directives, ig.comparators, ig.time, ig.scope, ig.actors, ig.function_words)
                     for w in group)


def canonical(text: str) -> str:
    """Folded text with every synonym read as its canonical wording.

    >>> canonical("Đơn vị hành chính cấp xã")
    'xã'
    """
    pattern, table = _synonyms()
    return pattern.sub(lambda m: table[_key(m.group(1))], fold(text))


@lru_cache(maxsize=4096)
def segment(text: str) -> tuple[str, ...]:
    """underthesea words of a folded text (cached: clauses repeat across targets).

    >>> segment("hộ nghèo thoát nghèo bền vững")[-1]
    'bền vững'
    """
    if not text.strip():
        return ()
    return tuple(w for w in word_tokenize(text, use_token_normalize=False) if w.strip())


def _drop_ignored(ws: tuple[str, ...]) -> list[str]:
    """The words left once every run of words spelling an ignored phrase is dropped."""
    ignored = _ignored()
    kept, i = [], 0
    while i < len(ws):
        for j in range(min(len(ws), i + _LONGEST), i, -1):
            if " ".join(ws[i:j]) in ignored:
                i = j
                break
        else:
            if _DIGITS.search(ws[i]):  # the segmenter glues a number to its word ("15-60 tuổi")
                kept += [w for w in _DIGITS.sub(" ", ws[i]).split() if w not in ignored and not _NO_LETTER.match(w)]
            elif not _NO_LETTER.match(ws[i]):
                kept.append(ws[i])
            i += 1
    return kept


@lru_cache(maxsize=1)
def _ignored_phrases() -> regex.Pattern:
    """Ignored entries of several syllables, cut out of the text before segmenting, so
    the segmenter cannot glue one of their syllables to a neighbour ("nghèo hội")."""
    return regex.compile(phrase_pattern([w for w in _ignored() if " " in w]))


@lru_cache(maxsize=1)
def _citations() -> regex.Pattern:
    """A cited document: its type, "số", a number with digits ("157/2007/QĐ-TTg"), its date."""
    types = alternation([fold(w) for w in words().cited_documents])
    date = r"(?:\s*,?\s*ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{types})(?:\s+số)?\s*[\p{{L}}\p{{N}}./-]*\d[\p{{L}}\p{{N}}./-]*{date}")


def cut_citations(text: str) -> str:
    """Folded text without the documents it cites.

    >>> cut_citations("Lãi suất cho vay học sinh (theo Quyết định số 157/2007/QĐ-TTg ngày 27 tháng 9 năm 2007)")
    'lãi suất cho vay học sinh (theo  | )'
    """
    return _citations().sub(" | ", fold(text))


@lru_cache(maxsize=4096)
def _measured(text: str) -> tuple[str, ...]:
    cut = _ignored_phrases().sub(" | ", canonical(cut_citations(text)))
    return tuple(_drop_ignored(segment(cut)))


def measured_words(text: str | None) -> list[str]:
    """The words of ``text`` that say what is measured, in order.

    >>> measured_words("có tối thiểu 50% đơn vị hành chính cấp xã")
    ['xã']
    """
    return list(_measured(text)) if text else []


def head(text: str | None) -> str | None:
    """The first measured word: the head noun of a counted phrase.

    >>> head("số xã đạt chuẩn nông thôn mới"), head("trở lên")
    ('xã', None)
    """
    ws = measured_words(text)
    return ws[0] if ws else None


@lru_cache(maxsize=1)
def _downward() -> regex.Pattern:
    down = alternation([fold(w) for w in words().downward])
    bounds = alternation([fold(w) for w in words().ignored.comparators])
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{down})(?:\s+(?:{bounds}))*\s*$")


def is_ceiling(before: str) -> bool:
    """Does the text just before a bare figure make it a ceiling ("giảm xuống còn 3%")?

    >>> is_ceiling("Tỷ lệ hộ nghèo giảm xuống còn"), is_ceiling("Tỷ lệ hộ nghèo đạt")
    (True, False)
    """
    return bool(_downward().search(fold(before)))


@lru_cache(maxsize=1)
def _average() -> regex.Pattern:
    return regex.compile(phrase_pattern([fold(w) for w in words().average]))


def says_average(text: str) -> bool:
    """Does a figure's own stretch make it an average over the years of its period
    ("tăng trưởng bình quân 7 - 8%"): a yearly pace, not a change over the whole period?

    >>> says_average("GRDP tăng trưởng bình quân đạt"), says_average("giảm 50% số hộ nghèo so với đầu kỳ")
    (True, False)
    """
    return bool(_average().search(fold(text)))


@lru_cache(maxsize=1)
def _adding() -> regex.Pattern:
    return regex.compile(rf"(?:{phrase_pattern([fold(w) for w in words().adding_verbs] or ['(?!)'])})"
                         rf"(?:\s+\p{{L}}+){{0,3}}\s*$")


def says_added(text: str) -> bool:
    """Does the stretch right before a figure add what it counts ("phát triển ít nhất", "kết nạp
    mới"), so that its level and an increase by it say the same?

    >>> says_added("Phấn đấu phát triển ít nhất"), says_added("Tỷ lệ hộ nghèo giảm còn")
    (True, False)
    """
    return bool(_adding().search(fold(text)))


@lru_cache(maxsize=1)
def _per_unit() -> tuple[regex.Pattern, dict[str, str]]:
    lex = words()
    levels = {fold(u): level for level, units in lex.unit_levels.items() for u in units}
    each = alternation([fold(w) for w in lex.distributive])
    time = alternation([fold(w) for w in lex.not_units])
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{each})\s+(?!(?:{time})(?![\p{{L}}\p{{N}}]))"
                         rf"((?:{alternation(levels)})(?![\p{{L}}\p{{N}}])|\p{{L}})"), levels


@lru_cache(maxsize=1)
def _one_each() -> regex.Pattern:
    """"mỗi xã một sản phẩm": the rest of the unit's word, then "một"."""
    return regex.compile(rf"\p{{L}}*\s*,?\s*(?:{alternation(words().one_each or ['(?!)'])})\s")


def unit_level(before: str) -> str | None:
    """For a figure set for each unit ("mỗi xã, thị trấn ít nhất"), the level of the unit
    (``province``, ``district``, ``commune``, or ``unit`` for any other); None for a total.

    >>> unit_level("Mỗi xã, phường, thị trấn xây dựng ít nhất"), unit_level("mỗi chi hội có ít nhất")
    ('commune', 'unit')
    >>> unit_level("Mỗi năm, Huyện đoàn tổ chức") is None
    True
    """
    pattern, levels = _per_unit()
    text = canonical(before)
    # a programme's name is no quota for each unit: "Chương trình mỗi xã một sản phẩm"
    found = [m for m in pattern.finditer(text) if not _one_each().match(text, m.end())]
    if not found:
        return None
    unit = " ".join(found[-1].group(1).split())
    return levels.get(unit, "unit")


@lru_cache(maxsize=1)
def _counted_units() -> tuple[dict[str, str], regex.Pattern]:
    lex = words()
    units = {fold(u): level for level, units in lex.counted_units.items() for u in units}
    subject = alternation(longest_first([fold(w) for w in lex.rate_subjects]))
    # "Tỷ lệ xã đạt chuẩn ... đạt 90%": the unit a rate's subject counts, right after the frame
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{subject})\s+({alternation(longest_first(units))})(?![\p{{L}}\p{{N}}])")
    return units, pattern


def counted_level(noun: str | None, before: str = "") -> str | None:
    """The level of the administrative units a figure counts (``province``, ``district``,
    ``commune``, ``village``; ``household`` for households): its head noun's ("90% số xã"), else the unit the subject of
    its rate names ("Số huyện đạt chuẩn ... trên 70%"); None for anything else,
    the actor of the sentence included ("Huyện phấn đấu tăng trưởng 8%").

    >>> counted_level("xã"), counted_level(None, "Số đơn vị cấp huyện về đích nông thôn mới trên")
    ('commune', 'district')
    >>> counted_level(None, "Huyện phấn đấu tăng trưởng kinh tế đạt") is None, counted_level("hộ")
    (True, 'household')
    """
    units, pattern = _counted_units()
    if noun:
        return units.get(noun)
    found = pattern.findall(canonical(before))
    return units[" ".join(found[-1].split())] if found else None


@lru_cache(maxsize=1)
def _sources() -> tuple[regex.Pattern, dict[str, str]]:
    table = {fold(v): c for c, vs in words().budget_sources.items() for v in vs}
    return regex.compile(phrase_pattern(longest_first(table))), table


def budget_source(text: str | None) -> str | None:
    """Who pays for a budget line, when the clause says it.

    >>> budget_source("Ngân sách huyện bố trí 45 tỷ đồng")
    'huyện'
    """
    if not text:
        return None
    pattern, table = _sources()
    m = pattern.search(fold(text))
    return table[" ".join(m.group(1).split())] if m else None


@lru_cache(maxsize=1)
def _annex() -> regex.Pattern:
    return regex.compile(phrase_pattern([fold(w) for w in words().annex_headings]))


def is_annex_heading(text: str) -> bool:
    """Does a heading open a part that restates targets (an annex, a summary table)?

    >>> is_annex_heading("PHỤ LỤC I"), is_annex_heading("II. MỤC TIÊU")
    (True, False)
    """
    m = _annex().search(fold(text))
    return bool(m) and m.start() <= 12  # the heading starts with it


_LETTERS = regex.compile(r"\p{L}+")


def _letters(line: str) -> str:
    return "".join(_LETTERS.findall(fold(line)))


@lru_cache(maxsize=1)
def _mottos() -> frozenset[str]:
    return frozenset(_letters(m) for m in words().official_mottos)


def official_text_start(text: str) -> int | None:
    """Where a formal document's header begins: the first line that is a national or
    Party motto, whole or broken over two lines. Above it, a web page gives its own
    summary of the document; the summary restates the text, it is not the text.

    >>> official_text_start("Theo đó, Thủ tướng quyết định giảm lãi suất xuống 6,24%.\\n"
    ...                     "CỘNG HÒA XÃ HỘI\\nCHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc")
    57
    >>> official_text_start("Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam bảo đảm quyền con người.") is None
    True
    """
    mottos = _mottos()
    lines = [(m.start(), _letters(m.group())) for m in regex.finditer(r"[^\n]+", text)]
    for i, (start, letters) in enumerate(lines):
        if not letters:
            continue
        if letters in mottos or (i + 1 < len(lines) and letters + lines[i + 1][1] in mottos):
            return start
    return None


@lru_cache(maxsize=1)
def _periods() -> tuple[regex.Pattern, dict[str, str]]:
    table = {fold(w): f for f, ws in words().rate_periods.items() for w in ws}
    return regex.compile(rf"\s*/\s*({alternation(longest_first(table))})(?![\p{{L}}\p{{N}}])"), table


def rate_period(counted: str | None) -> str | None:
    """How often a rate counts when it is written per period right after its figure
    ("6,24%/năm", "0,52%/tháng"): the frequency it names, else None.

    >>> rate_period("/năm"), rate_period("/ tháng"), rate_period("hộ nghèo"), rate_period("/người")
    ('annual', 'monthly', None, None)
    """
    pattern, table = _periods()
    m = pattern.match(fold(counted or ""))
    return table[" ".join(m.group(1).split())] if m else None


@lru_cache(maxsize=1)
def _totals() -> regex.Pattern:
    return regex.compile(phrase_pattern([fold(w) for w in words().period_totals] or ["(?!)"]))


def period_total(quote: str | None) -> bool:
    """Is the figure summed over its whole period ("vốn đầu tư 5 năm được 70 nghìn tỷ")?

    >>> period_total("Trong 5 năm, huyện thu hút vốn đầu tư được 74 nghìn tỷ đồng"), period_total("Năm 2023 đạt 43 nghìn tỷ")
    (True, False)
    """
    return bool(_totals().search(fold(quote or "")))


@lru_cache(maxsize=1)
def _age_bands() -> list[tuple[regex.Pattern, str]]:
    """``(pattern, shape)``: a band between two bounds, under one, from one up."""
    ab = words().age_bands
    if ab is None:
        return []
    age, join = alternation([fold(w) for w in ab.words]), alternation([fold(w) for w in ab.joiners])
    under, over = alternation([fold(w) for w in ab.under]), alternation([fold(w) for w in ab.over])
    # the age's own noun after its number ("5 tuổi"), and the word that opens a span ("từ 6 đến 14")
    noun = alternation([fold(w) for w in ab.words if " " not in w])
    opener = rf"(?:(?:{alternation([fold(w) for w in ab.span_openers])})\s+)?" if ab.span_openers else ""
    n = r"(\d{1,3})"
    return [(regex.compile(rf"(?<!\p{{L}})(?:{age})\s+{opener}{n}\s*(?:{join})\s*{n}(?!\d)"), "between"),
            (regex.compile(rf"(?<![\p{{L}}\d]){opener}{n}\s*(?:{join})\s*{n}\s+(?:{noun})(?!\p{{L}})"), "between"),
            (regex.compile(rf"(?<!\p{{L}})(?:{under})\s+{n}\s+(?:{noun})(?!\p{{L}})"), "under"),
            (regex.compile(rf"(?<!\p{{L}})(?:{over})\s+{n}\s+(?:{noun})(?!\p{{L}})"), "over")]


def age_band(text: str | None, last: bool = True) -> str | None:
    """The age band a text names, as a term (the one nearest its end, or with
    ``last=False`` its start); None when it names none.

    >>> age_band("Tỷ lệ thanh niên có nghề độ tuổi 16-35 tuổi"), age_band("trẻ em dưới 5 tuổi")
    ('tuổi 16-35', 'tuổi 0-5')
    >>> age_band("người từ 60 tuổi trở lên"), age_band("xã đạt chuẩn")
    ('tuổi 60+', None)
    """
    folded = fold(text or "")
    found: list[tuple[int, str]] = []
    for pattern, shape in _age_bands():
        for m in pattern.finditer(folded):
            band = (f"{m.group(1)}-{m.group(2)}" if shape == "between" else
                    f"0-{m.group(1)}" if shape == "under" else f"{m.group(1)}+")
            found.append((m.start(), f"tuổi {band}"))
    if not found:
        return None
    found.sort()
    return found[-1][1] if last else found[0][1]
