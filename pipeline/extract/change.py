"""Component ``change``: values that are an amount of change, not a level to reach.

"tăng thêm 353 hội viên", "giảm bình quân 1,5%/năm", "cao hơn 5% so với năm
2020". Co-owner of ``comparator`` with the ``comparator`` component: in
"nhiều hơn 5" the "hơn" belongs to the change, so the bound becomes "=".
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.base import Context
from pipeline.extract.scope import stretch_before
from pipeline.lexicon import alternation, ends_with, load_lexicon, starts_with, words_re

_RX_SPACES = regex.compile(r"\s+")
_WINDOW = 50  # characters before the value where its change word can stand
_GROWTH_REACH = 120  # "Tốc độ tăng GRDP bình quân 5 năm ở mức 7-7,5%": the rate is named close by
_MAX_FILLERS = 3
_OBJECT_REACH = 70  # "tăng thu nội địa bình quân mỗi năm 9%": the verb and its object
_RX_DIGIT = regex.compile(r"\d")
_MAX_OBJECT_WORDS = 10  # "giảm 1,5% tổng số hộ nghèo và 4% ...": the first value's object before the next


@lru_cache(maxsize=1)
def _patterns() -> dict:
    comp = load_lexicon("comparators")
    words = {w: k for k, ws in comp.change.items() for w in ws}
    cmp_words = {w: k for k, ws in comp.comparison_change.items() for w in ws}
    fill = alternation(comp.change_fillers + list(comp.before))
    return {
        "words": words,
        "change": regex.compile(rf"(?<![\p{{L}}])({alternation(words)})(?:\s+(?:{fill})){{0,{_MAX_FILLERS}}}\s*$"),
        # change words that end in a comparator word ("nhiều hơn"): that comparator is theirs
        "own_comparator": {w for w in words if any(w != c and w.endswith(" " + c) for c in comp.before)},
        "comparison_words": cmp_words,
        "comparison": regex.compile(r"(?<![\p{L}])(" + alternation(cmp_words) + r")\s*$"),
        "base": regex.compile(r"\S*(?:\s+\S+){0,4}?\s+(?:" + alternation(comp.comparison_base) + r")(?![\p{L}])"),
        "negated": ends_with(comp.negations),
        "growth": words_re(comp.growth_words),
        "met_and_beyond": ends_with(comp.met_and_beyond),
        "decline": words_re(comp.decline_words) if comp.decline_words else regex.compile(r"(?!)"),
        "starts": starts_with(list(words)),
        "list_opener": starts_with(comp.list_change_openers or ["(?!)"]),
        "not_change": starts_with(comp.not_change),
        # a second object of the same verb: "giảm 1,5% tổng số hộ nghèo và 4% số hộ nghèo ở vùng đồng bào"
        "verbs": words_re(comp.verbs + list(words)),
        "joiner": regex.compile("|".join(regex.escape(j) if not j[0].isalpha() else rf"(?<![\p{{L}}]){regex.escape(j)}(?![\p{{L}}])"
                                         for j in comp.carry_joiners)),
        "part": words_re(load_lexicon("kinds").part_markers + comp.cumulative_words),
        # (right after a whole, up to the comma that opens its first part: ". Trong đó, ")
        "parts_marker": regex.compile(rf"^[\s.,;:]*(?:{alternation(load_lexicon('kinds').part_markers)})(?![\p{{L}}])\s*[,:]?\s*"),
        # a value's own year: "vào năm 2025", "đến cuối năm 2030", "năm 2026"
        "year_phrase": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(load_lexicon('time').deadline_words + load_lexicon('time').single_year_words)})"
                                     rf"\s+(?:19|20)\d\d(?!\d)"),
        "object_verb": words_re([w for ws in comp.object_change_verbs.values() for w in ws]),
        "object_verb_kind": {w: k for k, ws in comp.object_change_verbs.items() for w in ws},
        "level": words_re(comp.change_to_level + comp.cumulative_words + comp.verbs),
        "level_only": words_re(comp.change_to_level),
    }


def _row_label(ctx: Context, q):
    """The cell that names the row's indicator: the first one before the value with words."""
    cells, i = q.table_row
    for a, b in cells[:i]:
        if len(regex.findall(r"\p{L}+", ctx.low[a:b])) >= 2:
            return a, b
    return None


def _growth(ctx: Context, s: int, e: int) -> bool:
    """A growth rate is named in low[s:e] ("tăng trưởng", not "tăng trưởng xanh")."""
    P = _patterns()
    return any(not P["not_change"].match(ctx.low, m.start(), e) for m in P["growth"].finditer(ctx.low, s, e))


def find_change(ctx: Context) -> None:
    """Mark amounts of change.

    >>> from pipeline.extract import run
    >>> q = run("Tăng thêm 353 hội viên.", until="change").quantities[0]
    >>> q.change, q.comparator
    ('increase', '=')
    """
    P = _patterns()
    prev, opener = None, None
    for q in ctx.quantities:
        _find_own_change(ctx, q, P)
        same_sentence = prev is not None and prev.block is q.block and prev.sentence_index == q.sentence_index
        if not same_sentence:
            opener = None
        if q.change is None and same_sentence:
            _carry_change(ctx, prev, q, P)
        # "Năm tới phấn đấu: Có thêm 4 xã và 9 thôn đạt chuẩn ...; 3 xã đạt chuẩn kiểu mẫu; ...":
        # the items that open on their figure share the change the first item opens with
        if q.change is None and opener is not None and q.unit == "count" and _bare_item(ctx, q):
            q.change = opener.change
        if q.change is not None and opener is None and q.unit == "count" \
                and P["list_opener"].match(ctx.low, _item_start(ctx, q), q.start):
            opener = q
        prev = q
    _parts_of_a_change(ctx, P)


_RX_PART_HOP = regex.compile(r"[^.;:!?()\d]*")  # the next part's label: no sentence end, no figure
_PART_LABEL_WORDS = 8


def _parts_of_a_change(ctx: Context, P: dict) -> None:
    """The parts a growth is spelled out in share its change: "... bình quân hằng năm là 7,06%.
    Trong đó, công nghiệp - xây dựng 10,76%, thương mại - dịch vụ 10,09%" (each sector's growth).
    The first part follows a part word ("trong đó", "cụ thể"); each part is a short label and its
    figure, with no change word of its own."""
    whole, last = None, None
    for q in ctx.quantities:
        if whole is not None and q.change is None and q.block is whole.block and q.unit == whole.unit:
            between = ctx.low[last.end:q.start]
            marker = P["parts_marker"].search(between) if last is whole else None
            label = between[marker.end():] if marker else between
            # (a sector's name may hold a verb: "công nghiệp - xây dựng 10,76%")
            if (marker or last is not whole) and _RX_PART_HOP.fullmatch(label) and len(label.split()) <= _PART_LABEL_WORDS \
                    and (marker or "." not in between):
                q.change, last = whole.change, q
                continue
        whole = last = q if q.change is not None and q.unit == "percent" else None


_RX_ITEM_OPENING = regex.compile(r"[\s;,:\-+•]*")


def _item_start(ctx: Context, q) -> int:
    """Where the value's clause starts past its list marks."""
    return _RX_ITEM_OPENING.match(ctx.low, q.clause.start, q.start).end()


def _bare_item(ctx: Context, q) -> bool:
    """A clause that opens on its figure ("; 3 xã đạt chuẩn kiểu mẫu ..."): its verb is the list's."""
    return ctx.clause_values(q)[0] is q and _item_start(ctx, q) == q.start


def _carry_change(ctx: Context, prev, q, P: dict) -> None:
    """The change of the value before, when this one is a second object of its verb
    ("giảm 1,5% tổng số hộ nghèo và 4% số hộ nghèo ở vùng đồng bào"): only a joiner and
    the first value's object between them, no verb, no part of a whole ("trong đó")."""
    if prev.change is None or prev.unit != q.unit:
        return
    # (the first value's own time does not lengthen its object: "giảm 10% số ca tử vong do tai nạn
    # vào năm 2025 và 20% vào năm 2030")
    between = P["year_phrase"].sub(" ", ctx.low[prev.end:q.start])
    # (an aside in brackets ends its change: "trồng được 21 ha (vượt 6 ha so với ...), 40 ha ...")
    if len(between.split()) > _MAX_OBJECT_WORDS or not P["joiner"].search(between) or "(" in between \
            or ")" in between or P["part"].search(between):
        return
    if P["verbs"].search(between) and not _parallel_object(ctx, prev, q, P):
        return
    q.change = prev.change


def _parallel_object(ctx: Context, prev, q, P: dict) -> bool:
    """The second value repeats the first one's object, verb and all ("có thêm 5 xã đạt chuẩn
    nông thôn mới và 2 xã đạt chuẩn nông thôn mới nâng cao"): the verb is inside the noun
    phrase both share, not a second predicate."""
    joiner = list(P["joiner"].finditer(ctx.low, prev.end, q.start))[-1]
    first = ctx.low[prev.end:joiner.start()].split()
    second = ctx.low[q.end:q.clause.end].split()
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    # (what differs may qualify, not predicate: "... nâng cao, 02 xã đạt chuẩn ... kiểu mẫu")
    return shared >= 2 and P["verbs"].search(" ".join(first[:shared])) is not None \
        and P["verbs"].search(" ".join(first[shared:])) is None


def _find_own_change(ctx: Context, q, P: dict) -> None:
    """The change the value's own words state."""
    before = ctx.low[max(q.clause.start, q.start - _WINDOW):q.start]
    if P["met_and_beyond"].search(before):
        # "đạt và vượt 7/7 chỉ tiêu": targets met; "đạt và vượt 9.340 tấn": a bound an aim sets;
        # neither is an amount of change ("giảm 1/2 số hộ" is one)
        return
    label = _row_label(ctx, q) if q.table_row is not None else None
    if label is not None:  # "Giảm tỷ lệ hộ nghèo | % | 2": the row's label speaks for its cells
        m = P["starts"].match(ctx.low, *label)
        if m:
            q.change = P["words"][_RX_SPACES.sub(" ", m.group(1))]
            return
    m = P["change"].search(before)
    if m and P["negated"].search(before[:m.start()]):
        return  # "không ít hơn 90": a bound, not a change
    if m:
        word = _RX_SPACES.sub(" ", m.group(1))
        q.change = P["words"][word]
        if word in P["own_comparator"] and q.comparator_source == "before":
            q.comparator, q.comparator_source = "=", "change"  # "nhiều hơn 5": the "hơn" is the change's
        return
    # "cao hơn 5% so với năm 2020": the 5% is how much higher, not a bound
    m = P["comparison"].search(before)
    if m and P["base"].match(ctx.low, q.end, q.clause.end) and not P["negated"].search(before[:m.start()]):
        q.change = P["comparison_words"][_RX_SPACES.sub(" ", m.group(1))]
        q.comparator, q.comparator_source = "=", "change"
        return
    # "tốc độ tăng trưởng ... bình quân 8 - 9%/năm", "Tốc độ tăng doanh thu dịch vụ: 10 - 11%": a growth rate
    labels = [stretch_before(ctx, q)] + q.scope.sentence_lead_ins[:1]
    near = (max(labels[0][0], q.start - _GROWTH_REACH), q.start)  # not "góp phần ... tăng trưởng" far back
    if q.unit == "percent" and any(_growth(ctx, *r) for r in [near] + labels[1:]):
        q.change = "increase"
        return
    if q.unit == "percent" and any(P["decline"].search(ctx.low, *r) for r in [near] + labels[1:]):
        q.change = "decrease"  # "tỷ lệ giảm nghèo bình quân đạt 2 - 3%": a rate of decline
        return
    if q.unit == "percent" and _object_change(ctx, q, P):
        return
    # "Giảm tỷ lệ hộ cận nghèo 1,5% trở lên", "- Giảm tỷ lệ hộ nghèo ...: 1,5%": an item that opens
    # with a change verb makes its first value the amount of that change
    first = ctx.clause_values(q)[0] is q
    for r in labels[:1] + q.scope.sentence_lead_ins[:1]:
        m = P["starts"].match(ctx.low, r[0] if r is not labels[0] else q.clause.start, r[1])
        # ("Giảm tỷ lệ suy dinh dưỡng xuống 29,5%": the level reached, not the amount)
        if first and m and q.unit == "percent" and not P["not_change"].match(ctx.low, m.start(), r[1]) \
                and not P["level_only"].search(ctx.low, m.end(), q.start):
            q.change = P["words"][_RX_SPACES.sub(" ", m.group(1))]
            break


def _object_change(ctx: Context, q, P: dict) -> bool:
    """"phấn đấu tăng thu nội địa bình quân mỗi năm 6 - 7%": a change verb, its object,
    then the amount, with no other verb, level word or figure between."""
    s = max(q.clause.start, q.start - _OBJECT_REACH)
    verbs = [m for m in P["object_verb"].finditer(ctx.low, s, q.start) if not P["not_change"].match(ctx.low, m.start(), q.start)]
    if not verbs:
        return False
    m = verbs[-1]
    between = (m.end(), q.start)
    if _RX_DIGIT.search(ctx.low, *between) or P["level"].search(ctx.low, *between) or P["negated"].search(ctx.low, s, m.start()):
        return False
    q.change = P["object_verb_kind"][_RX_SPACES.sub(" ", m.group(1))]
    return True
