"""Documents a text cites, as the document context reads them: whether a sentence says its aims
are stated in one ("Các chỉ tiêu này được xác định tại Quyết định ..."), or names one only as the
base its figures are measured against ("vượt 2% so với chỉ tiêu đề ra tại Nghị quyết ..."), and
who issued one by the suffix of its symbol ("118/QĐ-TTg" → GOV).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context, Range
from pipeline.extract.document_context import sentences_in
from pipeline.extract.mentions import org_groups, resolve_group
from pipeline.lexicon import alternation, compiled, load_lexicon, words_re

_BASE_WORDS = 15  # "so với chỉ tiêu đề ra": how far after the base marker its aim's words reach
_HOLDER_REACH = 40  # "do Phó Thủ tướng Chính phủ ký": the issuer's name right after "do"
BASE_REACH = 50  # "so với kế hoạch giao tại Quyết định": how far before the document its base stands


@lru_cache(maxsize=1)
def _patterns() -> dict:
    org = load_lexicon("organizations")
    suffixes = org.symbol_issuers or {"(?!)": "GOV"}
    return {
        "carried_out": words_re(org.carried_out_before),
        "stated_in": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.stated_in_words or ['(?!)'])})\s*$"),
        # "Quyết định 118/QĐ-TTg", "Nghị quyết số 09-NQ/TU": the symbol's last part names its issuer
        "symbol": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(load_lexicon('exclusions').document_types)})"
                                rf"(?:\s+{regex.escape(load_lexicon('metadata_references').number_word)})?\s+\d+(?:/\d{{4}})?(?:[/-]\p{{L}}+)*[/-]({alternation(list(suffixes))})\d*(?![\p{{L}}\d])",
                                regex.IGNORECASE),
        "suffix_code": {k.lower(): v for k, v in suffixes.items()},
        "document": words_re(load_lexicon("exclusions").document_types),
        "held_by": words_re(org.held_by_words) if org.held_by_words else regex.compile(r"(?!)"),
    }


def aims_stated_in(ctx: Context, s: int, e: int, doc_at: int) -> bool:
    """Whether the sentence says the aims it speaks of are stated in the document cited at ``doc_at``
    ("Đó là những mục tiêu nêu trong Nghị quyết Đại hội ... của Đảng bộ tỉnh"), not
    carried out by another ("Thực hiện mục tiêu Nghị quyết Đại hội ..., UBND huyện ...")."""
    starts = [a for a, b in sentences_in(ctx, s, e) if a <= doc_at < b]
    stated = _patterns()["stated_in"].search(ctx.low, starts[0], doc_at) if starts else None
    if stated is None:
        return False
    named = names_own_aims(ctx, starts[0], stated.start()) or compiled("kinds", "restated_aims").search(ctx.low, starts[0], stated.start())
    # (not the aims a figure is measured against: "vượt 2% so với chỉ tiêu đề ra tại Nghị quyết ...")
    return bool(named) and not _patterns()["carried_out"].search(ctx.low, starts[0], doc_at) \
        and not measured_base(ctx, max(starts[0], doc_at - BASE_REACH), doc_at)


def measured_base(ctx: Context, s: int, e: int) -> bool:
    """Whether low[s:e] names an aim as the base a figure is measured against ("... thấp hơn
    3% so với kế hoạch giao tại ...")."""
    aims = compiled("kinds", "restated_aims")
    return any(aims.match(ctx.low, b.end() + 1, e) for b in compiled("kinds", "base_markers").finditer(ctx.low, s, e))


def names_own_aims(ctx: Context, s: int, e: int) -> bool:
    """Whether low[s:e] names aims, not as the base a figure is measured against
    ("mục tiêu nêu trong dự thảo Chương trình mà ..." does; "vượt 2% so với chỉ tiêu đề ra tại
    Nghị quyết ..." does not)."""
    bases = [b.end() for b in compiled("kinds", "base_markers").finditer(ctx.low, s, e)]
    return any(not any(0 <= m.start() - b <= _BASE_WORDS for b in bases)
               for m in compiled("kinds", "target").finditer(ctx.low, s, e))


def holder_issuer(ctx: Context, s: int, e: int) -> Optional[tuple[str, Range]]:
    """The body a sentence says issued the document stating its aims, named after "do": "Đó là
    những mục tiêu nêu trong Chiến lược ... do Phó Thủ tướng Chính phủ ký ban hành ..." → GOV."""
    P = _patterns()
    for m in P["document"].finditer(ctx.low, s, e):
        if not aims_stated_in(ctx, s, e, m.start()):
            continue
        end = next((b for a, b in sentences_in(ctx, s, e) if a <= m.start() < b), e)
        by = P["held_by"].search(ctx.low, m.end(), end)
        groups, spans = org_groups(ctx.low, by.end(), min(end, by.end() + _HOLDER_REACH)) if by else ((), ())
        codes = [c for c in resolve_group(groups[0]) if c not in ("BODY", "GENERIC")] if groups else []
        if codes:
            return codes[0], spans[0]
    return None


def symbol_issuer(ctx: Context, s: int, e: int) -> Optional[tuple[str, Range]]:
    """The issuer's code of the first document in low[s:e] that a sentence says states its aims,
    read from its symbol, with the symbol's span: "Các chỉ tiêu này được xác định tại Quyết
    định 118/QĐ-TTg về ..." → GOV."""
    P = _patterns()
    for m in P["symbol"].finditer(ctx.low, s, e):
        if aims_stated_in(ctx, s, e, m.start()):
            return P["suffix_code"][m.group(1).lower()], (m.start(1), m.end(1))
    return None
