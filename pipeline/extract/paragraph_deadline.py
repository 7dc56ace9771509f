"""The deadline that opens a paragraph and goes on over the paragraphs after it ("Đến năm 2030,
... . Tỉnh phấn đấu ..."), read by the time component for a target that states none."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.base import Context
from pipeline.extract.kind_patterns import names_aims
from pipeline.extract.timewords import frequency, periods, time_patterns
from pipeline.lexicon import alternation, load_lexicon, words_re

_DEADLINE_OPENING = 60  # how far into a paragraph its opening deadline may stand
_LEAD_IN_DEADLINE = 120  # ... and into a list's lead-in that names the aims first


def paragraph_deadline(ctx: Context, q):
    """The deadline that opens the paragraph (:func:`_paragraph_deadline`), else the one the
    title states alone ("Các chỉ tiêu chủ yếu đến năm 2025": the aims below it are for that year),
    for a value with no period of its own."""
    return _paragraph_deadline(ctx, q) or (_title_deadline(ctx) if q.period is None else None)


def _title_deadline(ctx: Context):
    """A deadline in a title that names the aims ("chỉ tiêu", "mục tiêu") and states no period,
    not a horizon ("tầm nhìn đến năm 2050"); a title that cites the document it carries out
    ("Kế hoạch thực hiện Nghị quyết ... đến năm 2030 và những năm tiếp theo") names no aims."""
    for r in ctx.title_ranges:
        if periods(ctx.low, *r):
            return None
        if not names_aims(ctx.low, *r):
            continue
        for m in time_patterns()["deadline"].finditer(ctx.low, *r):
            if not _horizon_re().search(ctx.low, max(r[0], m.start() - _HORIZON_REACH), m.start()) \
                    and not _cited_re().search(ctx.low, r[0], m.start()):
                return int(m.group(1)), r
    return None


_HORIZON_REACH = 12  # "tầm nhìn đến năm 2050", "định hướng đến năm 2030": the word right before


@lru_cache(maxsize=1)
def _cited_re() -> regex.Pattern:
    """"thực hiện Nghị quyết ...", "triển khai Chương trình ...": the document a title carries out."""
    org, ex = load_lexicon("organizations"), load_lexicon("exclusions")
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.lead_openers)})\s+(?:{alternation(ex.document_types)})(?![\p{{L}}])")


@lru_cache(maxsize=1)
def _horizon_re() -> regex.Pattern:
    return words_re(load_lexicon("metadata_dates").horizon_words)


def _paragraph_deadline(ctx: Context, q):
    """The deadline that opens the paragraph's first sentence and closes with a comma
    ("Đề án đặt mục tiêu đến năm 2030, giá trị xuất khẩu ... . Diện tích rừng trồng
    mới trên 900 ha."): the aims of its later sentences are for that year too. A paragraph
    that names no year goes on with the deadline that opened the paragraphs before it
    ("Đến năm 2025, ... ." then "Tỉnh phấn đấu thu hút khoảng 6 triệu lượt du khách ..."),
    up to a heading, a paragraph that names a year, or one with no figures."""
    sents = q.block.sentences
    if sents and q.sentence_index:
        found = _opening_deadline(ctx, q.block)
        if found:
            return found
    # (paragraphs of running text; the items of a list each set their own: "(3) Phấn đấu đến năm 2030, ...; (4) ...";
    # a paragraph that opens on how often is yearly: "Hằng năm, trên 70% học sinh ...")
    if q.block.kind != "paragraph" or _RX_YEAR.search(ctx.low, q.block.start, q.block.end) \
            or _opens_on_frequency(ctx, q.block.sentences[0] if q.block.sentences else None):
        return None
    blocks = ctx.structure.blocks
    # (a list whose items run on over paragraphs, each ending in ";", is one sentence: its lead-in's
    # deadline holds for all of them, "Kế hoạch đưa ra các chỉ tiêu chủ yếu đến năm 2025 gồm ...;")
    left, i = _DEADLINE_PARAGRAPHS, q.block.index - 1
    while i >= 0 and left > 0:
        b = blocks[i]
        if b.kind != "paragraph":
            return None
        runs_on = ctx.low[b.start:b.end].rstrip().endswith(";")
        found = _opening_deadline(ctx, b, latest=True, lead_in=runs_on)
        if found or _RX_YEAR.search(ctx.low, b.start, b.end):
            return found
        if not ctx.by_block.get(b.index):
            return None  # a paragraph of words only opens what follows: "Văn bản nêu thêm một số yêu cầu cụ thể ..."
        left, i = left if runs_on else left - 1, i - 1
    return None


def _opening_deadline(ctx: Context, b, latest: bool = False, lead_in: bool = False):
    """The deadline that opens a block's first sentence (with ``latest``, its last sentence that
    opens on one), closed by a comma ("Đến năm 2025, ..."); with ``lead_in``, also one further
    into the sentence, right after the aims it names ("Theo đó, Kế hoạch đưa ra các chỉ tiêu phát
    triển chủ yếu đến năm 2025 gồm ...")."""
    for sent in reversed(b.sentences) if latest else b.sentences[:1]:
        if latest and _opens_on_frequency(ctx, sent):
            return None  # "Đến năm 2020, ... . Hàng năm 80% ...": the paragraph ends on yearly aims
        reach = _LEAD_IN_DEADLINE if lead_in else _DEADLINE_OPENING
        m = time_patterns()["deadline"].search(ctx.low, sent.start, min(sent.end, sent.start + reach))
        if m is not None and lead_in and m.start() - sent.start > _DEADLINE_OPENING and not names_aims(ctx.low, sent.start, m.start()):
            m = None
        # (closed by a comma or a colon, "Cụ thể đến năm 2025: 100% ... . 60% ...", or right after the aims it
        # is the deadline of: "Trước mắt, mục tiêu đến năm 2028 nâng ...")
        if m is not None and (ctx.low[m.end():m.end() + 2].lstrip()[:1] in (",", ":")
                              or names_aims(ctx.low, sent.start, m.start())):
            return int(m.group(1)), (sent.start, sent.end)
    return None


def _opens_on_frequency(ctx: Context, sent) -> bool:
    """Whether a sentence opens on how often ("Hằng năm, ...", "Mỗi năm ...")."""
    return sent is not None and frequency(ctx.low, sent.start, min(sent.end, sent.start + _FREQUENCY_OPENING)) is not None


_FREQUENCY_OPENING = 15  # "Hằng năm," / "Bình quân mỗi năm" at a sentence's start
_DEADLINE_PARAGRAPHS = 3  # how many paragraphs an opening deadline may go on over
_RX_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
