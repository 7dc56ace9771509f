"""News reports (doc_type ``tin_bai``): whether a text without a type heading
reports on someone else's congress, conference, plan or resolution, and then
whose it is, what document it reports on and when.

For a report, issuer, level, province and period are those of the body whose
congress, plan or resolution it reports, not of the newspaper: "Đại hội Phụ
nữ huyện Hải Lăng ...", "(QTO) - Sáng 9/6, Hội LHPN huyện Hải
Lăng khai mạc Đại hội ...". Vocabulary: ``pipeline/data/metadata_news.yaml``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from pipeline.lexicon import load_lexicon
from pipeline.metadata import dates, doc_type
from pipeline.metadata.gazetteer import NAME, gazetteer
from pipeline.metadata.issuer import Found, as_name, body_start, is_place, level, symbol_level
from pipeline.metadata.layout import Layout
from pipeline.metadata.layout import patterns as layout_patterns
from pipeline.metadata.references import find_refs, issue_then_type
from pipeline.metadata.text import accent_fold, accented_words, ascii_fold, sentences
from schemas import DocRef

# A report says what it is in its headline and first paragraphs.
_EARLY = 1500
_LEAD_SENTENCES = 3
_HEADLINE_WORDS = 80
_PROSE_WORDS = 15  # a sentence this long, closed by its stop, is running text, not a headline
# A subject runs back over at most this many commas before its verb.
_CLAUSES = 2
# A newspaper's code opens the lead: "(QTO) - ", "BLC - ", "(Baonghean.vn) - ".
_CODE = r"(?:\([^()\n]{2,24}\)|\[[^\[\]\n]{2,24}\]|[A-ZĐ]{2,8})\s*[-–]\s*"


@dataclass(frozen=True)
class _Patterns:
    report_verbs: re.Pattern
    headline_verbs: re.Pattern  # the report verbs and, in a headline, the aim verbs
    news_cues: re.Pattern
    reporting: re.Pattern
    page_markers: re.Pattern
    lead_opener: re.Pattern   # "(QTO) - Ngày 18/5, ...", "Sáng 12/6, ..."
    code: re.Pattern
    congress: re.Pattern      # "Đại hội đại biểu <body> lần thứ"
    congress_in: re.Pattern   # ... that a guest attends: "... về dự Đại hội đại biểu Đảng bộ xã A lần thứ I"


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled news vocabulary (once)."""
    n = load_lexicon("metadata_news")
    times = accented_words(n.lead_times)
    return _Patterns(
        report_verbs=re.compile(accented_words(n.report_verbs)),
        headline_verbs=re.compile(accented_words(n.report_verbs + n.headline_aim_verbs)),
        news_cues=re.compile(accented_words(n.news_cues)),
        reporting=re.compile(accented_words(n.reporting_words)),
        page_markers=re.compile(accented_words(n.page_markers)),
        # "Chiều 27.7, ...": a dot between digits is a date's, not a sentence's end
        lead_opener=re.compile(rf"^\W*(?:{times})\b[^,;.]{{0,40}}?\d{{1,2}}(?:[^,;.]|(?<=\d)\.(?=\d)){{0,20}},"),
        code=re.compile(_CODE),
        congress=re.compile(rf"^\W*{accented_words(n.congress_words)}\s+(?P<org>.+?)\s+{accented_words(n.ordinal_words)}"),
        congress_in=re.compile(rf"{accented_words(n.guest_verbs)}\s+{accented_words(n.congress_words)}\s+(?P<org>[^,;.()]+?)"
                               rf"\s+{accented_words(n.ordinal_words)}"))


def genre(lay: Layout) -> str:
    """The doc type of a text without a type heading: a news report (page
    furniture, a dated lead, reporting words before any type word), the type it
    names itself with, or ``other``.

    >>> from pipeline.metadata.layout import layout
    >>> from pipeline.metadata.text import Page
    >>> genre(layout(Page("Đại hội Hội Nông dân huyện X\\n(ABC) - Sáng 12/6, Hội Nông dân huyện tổ chức Đại hội.")))
    'tin_bai'
    """
    P = patterns()
    lines = lay.lines
    if not lines:
        return "other"
    if doc_type.is_letter(lines):
        return "cong_van"
    lead = lay.opening_text
    tail = accent_fold("\n".join(x.text for x in lines[-15:]))
    if (lay.furniture or P.page_markers.search(tail) or _dated_lead(lead) or any(_caption(x) for x in lines)
            or P.reporting.search(accent_fold(_first_text(lay))[:_EARLY])):
        return "tin_bai"
    whole = ascii_fold(lay.page.text)
    named = doc_type.self_named(whole)
    if named:
        return named
    headline = lay.headline.text if lay.headline else ""
    typed = doc_type.starts_typed(headline)
    issued = issue_then_type(lead)
    lead_reports = bool(P.news_cues.search(accent_fold(lead)[:_EARLY]) or (issued and issued[1]))
    if _is_headline(headline) and (lead_reports or not typed and (
            P.news_cues.search(accent_fold(headline)) or _headline_subjects(headline, 0))):
        # Reporting words, or a body doing something ("Huyện ủy X sơ kết ..."); under a headline
        # naming a document ("Nghị quyết về ..."), the lead must report it ("Bộ Chính trị vừa ban hành ...").
        return "tin_bai"
    if headline and _is_prose(headline):
        # a passage that opens in running prose, with no headline nor type heading, is a report's
        # text taken from its page ("Tính đến hết tháng 6/2031, các cấp hội đã hoàn thành ...")
        return "tin_bai"
    return typed or doc_type.self_named(whole, strong=False) or "other"


def _is_prose(line: str) -> bool:
    """Running text: a line of several sentences, or one long sentence closed by its stop."""
    words = len(line.split())
    return words >= _PROSE_WORDS and (bool(re.search(r"[.!?…]\s+\S", line)) or bool(re.search(r"[.!?…]\s*$", line)))


def _first_text(lay: Layout) -> str:
    return (lay.headline.text if lay.headline else "") + "\n" + lay.opening_text


def _is_headline(line: str) -> bool:
    """A headline is short and does not end a sentence or open a list."""
    return 0 < len(line.split()) <= _HEADLINE_WORDS and not re.search(r"[.:;]\s*$", line)


def _caption(line) -> bool:
    return bool(layout_patterns().caption.search(line.accented))


def _dated_lead(lead: str) -> bool:
    """A lead that opens with the paper's code or the time of the event."""
    P = patterns()
    m = P.code.match(lead)
    rest = lead[m.end():] if m else lead
    return bool(m) or bool(P.lead_opener.match(accent_fold(rest)))


@dataclass(frozen=True)
class Report:
    """What a news report is about."""
    issuer: Optional[Found]
    level: Optional[str]
    subject: Optional[DocRef]  # the document it reports on
    sentence: str              # the lead sentence naming the event
    sentences: tuple           # the lead's first sentences
    issued_on: Optional[dt.date]


def report(lay: Layout) -> Report:
    """The body, document and date a news report is about.

    >>> from pipeline.metadata.layout import layout
    >>> from pipeline.metadata.text import Page
    >>> r = report(layout(Page("Đại hội Đảng bộ xã Tân Hưng lần thứ VII\\n\\nTrong 2 ngày 22 và 23/7/2020, "
    ...                        "Đảng bộ xã Tân Hưng (huyện Bù Đăng, tỉnh Bình Phước) tiến hành Đại hội.")))
    >>> r.issuer.text, r.level, str(r.issued_on)
    ('Đảng bộ xã Tân Hưng (huyện Bù Đăng, tỉnh Bình Phước)', 'commune', '2020-07-23')
    """
    headline = lay.headline
    h_text, h_at = (headline.text, headline.start) if headline else ("", 0)
    lead = lay.opening_text
    l_at = lay.opening[0].start if lay.opening else h_at
    if _is_prose(h_text):
        # a passage with no headline: its first line is the lead ("Tính đến ..., ... của Tỉnh ủy (90%).")
        lead, l_at, h_text = (h_text + " " + lead).strip(), h_at, ""
    lead_sents = sentences(_uncoded(lead))[:_LEAD_SENTENCES]
    sentence = lead_sents[0] if lead_sents else ""

    subject, candidates = None, []
    issued = [(m, at) for m, at in ((issue_then_type(h_text), h_at), (issue_then_type(lead), l_at)) if m]
    if issued:
        # "Ninh Bình ban hành Kế hoạch ..." then "UBND tỉnh vừa có Kế hoạch số 87/KH-UBND": the numbered one.
        subject = next((m[0] for m, _ in issued if m[0].number), issued[0][0][0])
        candidates.extend((Found(m[1], at), sentence) for m, at in issued if m[1])
    candidates.extend((c, sentence) for c in _headline_subjects(h_text, h_at))
    # the congress a guest attends holds it, not the guest the sentence opens on ("đồng chí ...,
    # Phó Chủ tịch UBND tỉnh đã về dự Đại hội đại biểu Đảng bộ xã A lần thứ I")
    held = patterns().congress_in.search(accent_fold(sentence))
    if held:
        candidates.append((Found(sentence[held.start("org"):held.end("org")].strip(), l_at), sentence))
    for s in lead_sents:
        candidates.extend((c, s) for c in _subjects(s, l_at))
    cm = patterns().congress.match(accent_fold(h_text))
    if cm:
        candidates.append((Found(h_text[cm.start("org"):cm.end("org")].strip(), h_at), sentence))
    if subject is None:
        refs = [r for r in find_refs(h_text) if r.ref.number or r.ref.issuer]
        subject = refs[0].ref if refs else None
    if subject is not None and subject.issuer:
        candidates.append((Found(subject.issuer, h_at), sentence))

    issuer, lev, sentence = _choose(candidates, sentence)
    if lev is None and subject is not None and subject.number:
        lev = symbol_level(subject.number)  # "Nghị quyết số 68-NQ/TW": a central one
    issued_on = (subject.date if subject else None) or dates.publication_date(
        x.text for x in lay.furniture) or dates.event_date(ascii_fold(sentence))
    return Report(issuer, lev, subject, sentence, tuple(lead_sents), issued_on)


def _uncoded(lead: str) -> str:
    m = patterns().code.match(lead)
    return lead[m.end():] if m else lead


def _choose(candidates, sentence: str):
    """The first candidate that names a body with a level ("Liên đoàn Lao động thành
    phố Hà Nội"), else a place with a level ("Thành phố Hà Nội: ...", "Ninh Thuận").
    """
    rated = [(c, level(c.text) or place_level(c.text), s) for c, s in candidates]
    for pick in ([x for x in rated if x[1] and body_start(x[0].text) is not None and not is_place(x[0].text)],
                 [x for x in rated if x[1]]):
        if pick:
            return pick[0]
    return None, None, sentence


def _headline_subjects(headline: str, at: int) -> list[Found]:
    """Who a headline is about: "HĐND tỉnh Hậu Giang thông qua ...", "Bí thư
    Huyện ủy Thọ Xuân: ...", "Bến Tre tổng kết ...", "Văn Lâm: ...".
    """
    out = []
    f = accent_fold(headline)
    stops = [m.start() for m in patterns().headline_verbs.finditer(f)]
    if ":" in headline:
        stops.append(headline.index(":"))
    for stop in sorted(stops):
        prefix = headline[:stop].strip(" :,")
        name = as_name(prefix) or _place(prefix)
        if name:
            out.append(Found(name, at))
            break
    return out


def _subjects(sentence: str, at: int) -> list[Found]:
    """The body before a report verb in a lead sentence, commas in brackets kept:
    "Trong 2 ngày 22 và 23/7/2020, Đảng bộ xã Tân Hưng (huyện Bù Đăng, tỉnh
    Bình Phước) tiến hành Đại hội"; a body named with its term runs over a comma:
    "Sáng 10/12, HĐND tỉnh khóa XIII, nhiệm kỳ 2021 - 2026 tổ chức phiên bế mạc".
    """
    f = accent_fold(sentence)
    flat = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", " "), sentence)
    for m in patterns().report_verbs.finditer(f):
        cuts = [0] + [c.end() for c in re.finditer(r"[,;:]", flat[:m.start()])]
        names = [n for n in (as_name(sentence[start:m.start()]) for start in reversed(cuts[-_CLAUSES:])) if n]
        # (a place after a comma locates the body before it: "Ban Vận động Quỹ ... huyện A,
        # tỉnh B tổ chức ...")
        # (the place chain whole when only places are named: "huyện A, tỉnh B")
        if names:
            return [Found(next((n for n in names if not is_place(n)), max(names, key=len)), at)]
    return []


def _place(phrase: str) -> Optional[str]:
    """A phrase that is just a province or district name ("Ninh Thuận", "Văn Lâm")."""
    nm = NAME.fullmatch(phrase.strip())
    if not nm:
        return None
    g = gazetteer()
    return phrase.strip() if g.province(phrase) or g.district(phrase) else None


def place_level(name: str) -> Optional[str]:
    """The level of a bare place name: province or district."""
    g = gazetteer()
    if g.province(name):
        return "province"
    return "district" if g.district(name) else None
