"""The body of an excerpt that names none (ANNOTATION.md, org step 3), read from how it speaks
of one organization: named more than once and no other ("... các chi hội phụ nữ ... hội phụ nữ
các cấp ..."), or only as "Hội" with its members by their category ("Hội đã phát triển 1.200
hội viên ... giúp 300 cựu chiến binh ...")."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.base import Context
from pipeline.extract.document_context import MASS_ORGS, DocumentContext
from pipeline.extract.mentions import org_groups, resolve_group
from pipeline.lexicon import alternation, compiled, load_lexicon, words_re

_IMPLIED_MENTIONS = 2  # how often the one organization an excerpt names must be named


@lru_cache(maxsize=1)
def _patterns() -> dict:
    org = load_lexicon("organizations")
    return {
        # (the capital says the association, not "xã hội"; the word after, that it acts)
        "association_actor": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.association_words)})\s+"
                                           rf"(?:{alternation(org.association_actor_after)})(?![\p{{L}}])"),
        "association_self": words_re(org.association_self),
        "association_members": {code: words_re(ws) for code, ws in org.association_members.items()},
    }


def implied_body(ctx: Context, dc: DocumentContext) -> None:
    """An excerpt that names no body but one mass organization, and no other body, more than
    once ("... các chi hội phụ nữ ... hội phụ nữ các cấp kết nạp thêm ..."): its
    figures are that organization's work."""
    codes: list[str] = []
    first = None
    for g, sp in zip(*org_groups(ctx.low, 0, len(ctx.low))):
        for c in resolve_group(g):
            if c not in ("BODY", "GENERIC"):
                codes.append(c)
                first = first or sp
    kinds = set(codes)
    if len(kinds) == 1 and kinds <= set(MASS_ORGS) and len(codes) >= _IMPLIED_MENTIONS:
        dc.body, dc.body_span, dc.body_source = [codes[0]], first, "implied"


def association_body(ctx: Context, dc: DocumentContext) -> None:
    """An excerpt cut from its headline that speaks of its association only as "Hội" or "các
    cấp hội" and of its members by their category ("Kết quả Hội đã phát triển 1.200 hội viên
    mới ... giúp 300 cựu chiến binh ..."): the figures are the work of the one association
    whose members those are."""
    P = _patterns()
    actor = P["association_actor"].search(ctx.norm.text) or P["association_self"].search(ctx.low)
    if not actor:
        return
    named = {code for code, rx in P["association_members"].items() if rx.search(ctx.low)}
    others = {c for g, _ in zip(*org_groups(ctx.low, 0, len(ctx.low))) for c in resolve_group(g)
              if c in MASS_ORGS}
    if len(named) == 1 and others <= named:
        dc.body, dc.body_span, dc.body_source = sorted(named), (actor.start(), actor.end()), "implied"


_AIMS_OPENING = 60  # "Để đạt được mục tiêu trên, ": how far into its sentence the aims pointed back to stand


def follow_up_body(ctx: Context, dc: DocumentContext, lead_verb: regex.Pattern) -> None:
    """The body a sentence after the figures names as acting to reach them ("Để hoàn thành các
    chỉ tiêu trên, UBND huyện chỉ đạo các phòng chuyên môn ..."): it set them."""
    referring = compiled("kinds", "referring_aims")
    for b in ctx.structure.blocks:
        for sent in b.sentences:
            m = referring.search(ctx.low, sent.start, min(sent.end, sent.start + _AIMS_OPENING))
            comma = ctx.low.find(",", m.end(), sent.end) if m else -1
            if comma < 0:
                continue
            for g, sp in zip(*org_groups(ctx.low, comma + 1, sent.end)):
                codes = [c for c in resolve_group(g) if c not in ("BODY", "GENERIC")]
                if codes and lead_verb.match(ctx.low, sp[1], sent.end):
                    dc.body, dc.body_span, dc.body_source = codes, sp, "lead"
                    return
                break  # (only the subject right after the comma)
