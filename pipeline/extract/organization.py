"""Component ``organization``: who must reach each value (ANNOTATION.md, "Who a record belongs to").

In this order: the clause's own subject (in the value's own stretch first),
the organizations in what is counted, the subject of earlier clauses, a
lead-in, a heading that addresses someone, who the counted people are, and
the body that sets the document's figures.
"""
from __future__ import annotations

from typing import Callable, Optional

import regex

from pipeline.extract.base import Context, Evidence, Quantity, Range
from pipeline.extract.mentions import first_group_at, org_groups, org_patterns, resolve_group
from pipeline.extract.scope import counted_span as _counted_span, stretch_before
from pipeline.normalize import fold


def _others_counted(ctx: Context, q: Quantity) -> list[Range]:
    """Where the earlier values of the clause name what they count ("thành lập 9 tổ chức công
    đoàn và 3 tổ chức đoàn thanh niên": "tổ chức công đoàn" is the 9's)."""
    spans = []
    for x in ctx.clause_values(q):
        if x.end > q.start or not x.counted:
            continue
        i = ctx.norm.text.find(x.counted, x.end, q.start)
        if 0 <= i <= x.end + 1:
            spans.append((i, i + len(x.counted)))
    return spans


def _clause_group(ctx: Context, q: Quantity, s: int, e: int) -> tuple[list[str], Optional[Range]]:
    """:func:`_group` in the value's own clause; an organization an earlier value counts gives way
    to the one this value counts ("9 tổ chức công đoàn và 3 tổ chức đoàn thanh niên"), and stays
    when this one counts none of its own ("25% chi bộ xếp loại xuất sắc, 70% hoàn thành tốt")."""
    found, span = _group(ctx, q, s, e)
    if span and any(a <= span[0] < b for a, b in _others_counted(ctx, q)):
        own = _counted_orgs(ctx, q)
        if own[0] and own[1] and "," not in ctx.low[q.end:own[1][0]]:  # (its own noun, not a list after it)
            return own
    return found, span


def _group(ctx: Context, q: Quantity, s: int, e: int) -> tuple[list[str], Optional[Range]]:
    """The first subject in ``low[s:e]`` and where it is written; "Đại hội" with no known body is none.

    A body that asks another to act before the value is not its subject: the one asked is
    ("Thường trực Thị ủy yêu cầu UBND thị xã ... đạt 90%" → GOV), or none is named here.
    """
    body = ctx.document.body_of(ctx, q.block, q.start)[0]
    codes, span = first_group_at(ctx.low, s, e, tuple(body), ctx.document.single_body(body))
    asked = org_patterns()["requester"].match(ctx.low, span[1], e) if span else None
    if asked and asked.end() <= q.start:
        codes, span = first_group_at(ctx.low, asked.end(), e, tuple(body), ctx.document.single_body(body))
    codes = [c for c in codes if c != "BODY"]
    return (codes, span) if codes else ([], None)


def _counted_orgs(ctx: Context, q: Quantity) -> tuple[list[str], Optional[Range]]:
    """Organizations named in what is counted ("cán bộ chủ chốt Mặt trận ...")
    or in a coverage predicate ("doanh nghiệp ... có tổ chức công đoàn")."""
    P = org_patterns()
    nxt = ctx.next_start(q)
    if q.counted and P["association_self"].match(fold(q.counted)):
        return [], None  # "100% cơ sở hội tổ chức ... tuyên truyền bầu cử Quốc hội": the body's own units
    if q.counted:
        i = ctx.norm.text.find(q.counted, q.end, nxt)
        if i >= 0:
            end = i + len(q.counted)
            partner = P["partner"].search(ctx.low, i, end)
            found = _group(ctx, q, i, partner.start() if partner else end)
            if found[0]:
                return found
    m = P["coverage"].search(ctx.low, q.end, nxt)
    if m:
        groups, spans = org_groups(ctx.low, m.end(), nxt)
        if groups and spans[0][0] - m.end() <= 1:
            body = ctx.document.body_of(ctx, q.block, q.start)[0]
            return [c for c in resolve_group(groups[0], tuple(body), ctx.document.single_body(body)) if c != "BODY"], spans[0]
    return [], None


def _population_org(ctx: Context, q: Quantity, admitted: bool = False) -> Optional[str]:
    """The organization the counted people belong to ("đoàn viên, hội viên" → ALL); with
    ``admitted``, also the Party's members it admits ("kết nạp 150 đảng viên")."""
    P = org_patterns()
    c = fold(q.counted)
    if not c:
        return _share_population(ctx, q)
    if P["mixed"].search(c):
        return "MIXED"
    for code, rx in P["pop"].items():
        if rx.search(c):
            if code == "PARTY" and not admitted and P["not_actor"].search(ctx.low, q.clause.start, q.clause.end):
                continue  # "kết nạp 150 đảng viên": the members are admitted, not acting
            return code
    if P["body_members"].search(c):  # "hội viên" of a congress of Hội Nông dân
        return ctx.document.single_body(ctx.document.body_of(ctx, q.block, q.start)[0])
    return None


def _share_population(ctx: Context, q: Quantity) -> Optional[str]:
    """The people a share with nothing counted after it measures ("Tỷ lệ đảng viên ... đạt 90%" → PARTY)."""
    if q.unit != "percent":
        return None
    P = org_patterns()
    # (the share's words may stand in a clause of their own: "Tỷ lệ đảng viên ... đạt: 90%")
    sent = q.block.sentences[q.sentence_index] if q.block.sentences else None
    s = sent.start if sent is not None else q.clause.start
    words = list(P["share_word"].finditer(ctx.low, s, q.start))
    if not words or P["not_actor"].search(ctx.low, words[-1].start(), q.start):
        return None
    for code, rx in P["share_pop"].items():
        if rx.match(ctx.low, words[-1].end(), q.start):
            return code
    return None


Found = tuple[list[str], Optional[Range]]

# "Trong đó: VNPT: 14 trạm, MobiFone: 06 trạm": an acronym or a brand written with an
# inner capital, as the label of the value, names an organization of its own
_RX_NAMED_LABEL = regex.compile(r"(?:^|[(,;:])\s*((?:\p{Lu}[\p{Lu}\d&-]+|\p{Lu}\p{Ll}+\p{Lu}\w*))\s*:\s*$")


# "..., Viettel: 21 trạm": a plain capitalized word as a label is a name when a label
# beside it in the same breakdown is one ("VNPT: 14 trạm, Viettel: 21 trạm")
_RX_TITLE_LABEL = regex.compile(r"(?:^|[(,;:])\s*(\p{Lu}\p{Ll}+)\s*:\s*$")
_RX_NAMED_ANYWHERE = regex.compile(r"(?:^|[(,;:])\s*(?:\p{Lu}[\p{Lu}\d&-]+|\p{Lu}\p{Ll}+\p{Lu}\w*)\s*:\s*\d")
_SIBLING_REACH = 80


def _named_label(ctx: Context, q: Quantity) -> Found:
    s = max(q.clause.start, q.start - 40)
    text = ctx.norm.text
    m = _RX_NAMED_LABEL.search(text, s, q.start) or _RX_TITLE_LABEL.search(text, s, q.start)
    if m and m.re is _RX_TITLE_LABEL and not _RX_NAMED_ANYWHERE.search(
            text, max(0, q.start - _SIBLING_REACH), min(len(text), q.end + _SIBLING_REACH)):
        m = None
    if m and not org_patterns()["alias_re"].fullmatch(ctx.low, m.start(1), m.end(1)):
        return ["OTHER"], (m.start(1), m.end(1))
    return [], None


_BRACKET_REACH = 60  # "của Chủ tịch UBND tỉnh (87%)": the body's name and the bracket before the value


def _bracket_owner(ctx: Context, q: Quantity) -> Found:
    """The body whose document set an aim restated in brackets ("... so với kế hoạch tại
    Nghị quyết số 12-NQ/HU của Huyện ủy (70%)" → PARTY)."""
    P = org_patterns()
    m = P["bracket_owner"].search(ctx.low, max(q.clause.start, q.start - _BRACKET_REACH), q.start)
    if m is None:
        return [], None
    alias = regex.sub(r"\s+", " ", m.group(1))
    code = P["alias_code"].get(alias) or P["alias_norm"].get(alias)
    return ([code], (m.start(1), m.end(1))) if code and code not in ("BODY", "GENERIC") else ([], None)


def _tries(ctx: Context, q: Quantity) -> list[tuple[str, Callable[[], Found]]]:
    P = org_patterns()
    low, sc = ctx.low, q.scope
    tries: list[tuple[str, Callable[[], Found]]] = [
        ("clause", lambda: _named_label(ctx, q)),
        ("clause", lambda: _bracket_owner(ctx, q)),
        # "Hội Nông dân đạt 85%, Hội Phụ nữ đạt 88%": a subject named in the
        # value's own stretch of the clause wins over the clause's first one
        ("clause", lambda: _clause_group(ctx, q, *stretch_before(ctx, q))),
        ("clause", lambda: _clause_group(ctx, q, q.clause.start, q.start)),
        ("counted", lambda: _counted_orgs(ctx, q)),
    ]
    tries += [("clause", (lambda r=r: _group(ctx, q, *r))) for r in sc.clauses_before]
    if q.block.marker:
        tries += [("sentence", (lambda r=r: _group(ctx, q, *r))) for r in sc.previous_sentences]
    # (a lead-in that opens on its topic names no actor: "Về cải cách hành chính ở các đơn vị của ...")
    tries += [("lead-in", (lambda r=r: _group(ctx, q, *r))) for r in sc.lead_ins if not P["topic"].match(low, *r)]
    tries += [("heading", (lambda r=r: _group(ctx, q, *r) if P["addressee"].search(low, *r) else ([], None)))
              for r in sc.headings]
    return tries


def _pair_respectively(ctx: Context) -> None:
    """"Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh lần lượt đạt 85%, 88% và 98%": pair them in order."""
    P = org_patterns()
    for qs in ctx.by_clause.values():
        orgs = qs[0].orgs
        if len(orgs) > 1 and len(qs) == len(orgs) and all(x.orgs == orgs for x in qs) \
                and P["respective"].search(ctx.low, qs[0].clause.start, qs[0].start):
            for x, code in zip(qs, orgs):
                x.orgs = [code]


def _share_with_siblings(ctx: Context) -> None:
    """Values joined in one clause share who they are for ("100% cán bộ ... và 90% đoàn viên, hội viên")."""
    P = org_patterns()
    for q in ctx.quantities:
        if q.orgs or q.org_source == "mixed":
            continue
        sib = [x for x in ctx.clause_values(q) if x.orgs and x.org_source == "population"
               and P["conjunction"].search(ctx.low[min(x.end, q.end):max(x.start, q.start)])]
        if sib:
            q.orgs, q.org_source = sib[0].orgs, "sibling"


def find_organizations(ctx: Context) -> None:
    """The organization codes of every value.

    >>> from pipeline.extract import run
    >>> [q.orgs for q in run("Hội Nông dân đạt 85%, Hội Phụ nữ đạt 88%.", until="organization").quantities]
    [['HND'], ['HLHPN']]
    """
    dc = ctx.document
    for q in ctx.quantities:
        q.orgs, q.org_source = [], ""
        for source, fn in _tries(ctx, q):
            found, span = fn()
            if found:
                q.orgs, q.org_source = found, source
                q.evidence["org"] = Evidence(source, span)
                break
        if not q.orgs:
            pop = _population_org(ctx, q)
            if pop == "MIXED":
                q.org_source = "mixed"
                continue
            if pop:
                q.orgs, q.org_source = [pop], "population"
                q.evidence["org"] = Evidence("counted", _counted_span(ctx, q))
        # the body that sets the document's figures (its congress, its issuer);
        # topic headings ("xây dựng Đảng và hệ thống chính trị") are not actors
        body, span, source = dc.body_of(ctx, q.block, q.start)
        if not q.orgs and body:
            q.orgs, q.org_source = list(body), source
            q.evidence["org"] = Evidence(source, span)
        if not q.orgs:
            for r in q.scope.headings:
                found, span = _group(ctx, q, *r)
                if found:
                    q.orgs, q.org_source = found, "heading"
                    q.evidence["org"] = Evidence("heading", span)
                    break
        if not q.orgs and _population_org(ctx, q, admitted=True) == "PARTY":
            # "mỗi năm kết nạp từ 60 đảng viên mới trở lên" with no body named: only the Party admits them
            q.orgs, q.org_source = ["PARTY"], "population"
            q.evidence["org"] = Evidence("counted", _counted_span(ctx, q))
    _pair_respectively(ctx)
    _share_with_siblings(ctx)
