"""Organization mentions: which organizations a stretch of text names.

Shared by the components that need to know whether a clause names its own
subject (scope, organization, time). Mentions joined by ",", "và", "mỗi" ...
form one group: one subject ("Hội Nông dân, Đoàn Thanh niên").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.lexicon import alternation, compile_pattern, ends_with, load_lexicon, words_re

_RX_SPACES = regex.compile(r"\s+")
_RX_COMMA = regex.compile(r"\s*,")
_RX_DASH = regex.compile(r"\s*-\s*")
_RX_WORD_START = regex.compile(r"(?<=\s)\S")

_MEANS_REACH = 60  # "với sự nỗ lực của ..." may open the sentence before the stretch read


@lru_cache(maxsize=1)
def org_patterns() -> dict:
    """Compiled organization patterns (once)."""
    org = load_lexicon("organizations")
    ex = load_lexicon("exclusions")
    alias_code: dict[str, str] = {}
    for code, aliases in org.codes.items():
        for a in aliases:
            alias_code[a] = code
    for a in org.state_agencies():
        alias_code.setdefault(a, "GOV")
    for a in org.collective:
        alias_code[a] = "ALL"
    for a in org.generic_units:
        alias_code.setdefault(a, "GENERIC")
    for a in org.body_words:
        alias_code.setdefault(a, "BODY")
    alias_norm: dict[str, str] = {}
    for a, c in alias_code.items():
        alias_norm.setdefault(_norm_alias(a), c)
    return {
        "alias_code": alias_code,
        "alias_norm": alias_norm,
        "alias_re": words_re(list(alias_code)),
        "joiner": regex.compile(rf"^(?:\s|{alternation(org.joiners)})*$"),
        "pop": {code: words_re(ws) for code, ws in org.populations.items()},
        # ("tỷ lệ đảng viên ...": the population right after the share's word)
        "share_word": words_re(org.share_subjects) if org.share_subjects else regex.compile(r"(?!)"),
        "share_pop": {code: regex.compile(rf"\s+(?:{alternation(ws)})(?![\p{{L}}])") for code, ws in org.populations.items()},
        "mixed": words_re(org.mixed_populations),
        "not_actor": words_re(org.not_actor_contexts),
        "addressee": words_re(org.addressee_markers),
        "partner": words_re(org.counted_partners),
        "respective": words_re(org.respective_words),
        "conjunction": words_re(org.conjunctions),
        "body_members": words_re(org.body_members),
        # the association's own levels and units ("cơ sở hội", "các cấp hội")
        "association_self": words_re(org.association_self) if org.association_self else regex.compile(r"(?!)"),
        "not_mention": words_re(org.not_mentions),
        "means": words_re(org.means_phrases) if org.means_phrases else regex.compile(r"(?!)"),
        "more_means": regex.compile(rf"\s*(?:{alternation(org.means_nouns or ['(?!)'])})\s"),
        "deed_word": regex.compile(rf"\s(?:{alternation(org.deed_words or ['(?!)'])})\s"),
        "partner_before": compile_pattern(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(org.partner_before)})"
                                          rf"(?:\s+(?:{alternation(org.partner_unit_words or ['(?!)'])}))?\s*$"),
        # (and the bodies named with it: "xây dựng Đảng bộ và chính quyền vững mạnh")
        "built_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.built_before or ['(?!)'])})"
                                      rf"(?:\s+[\p{{L}}-]+){{0,3}}?\s+(?:{alternation(org.conjunctions)}|,)\s*$"
                                      rf"|(?<![\p{{L}}])(?:{alternation(org.built_before or ['(?!)'])})\s+$"),
        # a body asking another to act: "UBND tỉnh (đã) yêu cầu ..."
        "requester": regex.compile(rf"\s*(?:(?:{alternation(org.requester_fillers or ['(?!)'])})\s+)*"
                                   rf"(?:{alternation(org.requester_verbs or ['(?!)'])})(?![\p{{L}}])"),
        "party_unit": words_re(org.party_units) if org.party_units else regex.compile(r"(?!)"),
        # (after a list mark or a number: "a) Về ...", "2. Lĩnh vực ...")
        "topic": regex.compile(rf"[\s\W\d]{{0,6}}(?:[a-zđ]\)\s*)?(?:{alternation(org.topic_openers)})(?![\p{{L}}])"),
        "congress_short": {w: c for c, ws in org.congress_bodies.items() for w in ws},
        "congress_named": regex.compile(rf"(?:\s+(?:{alternation(org.congress_name_fillers)})(?:\s+[ivxlcdm\d]+(?![\p{{L}}]))?)*\s+"
                                        rf"({alternation([w for ws in org.congress_bodies.values() for w in ws])})(?![\p{{L}}])(?!\s+kết)"),
        "measured_against": regex.compile(rf"(?<![\p{{L}}\p{{N}}])\d[\d.,]*\s*%?\s*(?:so với\s+)?"
                                          rf"(?:{alternation(org.measured_against)})(?:\s+của)?\s*$"),
        "doc_ref": words_re(ex.document_types),
        # a document the clause goes by, named with its issuer: "Theo Nghị quyết Đại hội Đảng bộ thị xã ...",
        # "Thực hiện Chỉ thị Ban Thường vụ Tỉnh ủy ..."
        "followed_document": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.lead_openers)})\s+"
                                           rf"(?:{alternation(ex.document_types)})\s+$"),
        "cited_issuer": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.cited_issuer_prepositions)})\s+"
                                      rf"(?:(?:{alternation(org.cited_issuer_bodies)})\s+)?$"),
        # the aim in brackets after the body whose document set it: "... Nghị quyết số 12-NQ/HU của Huyện ủy (70%)"
        "bracket_owner": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.cited_issuer_prepositions)})\s+"
                                       rf"({alternation(list(alias_code))})\s*\(\s*(?:\p{{L}}+\s+){{0,2}}$"),
        "coverage": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.coverage_words)})\s+"),
    }


def _norm_alias(s: str) -> str:
    return _RX_DASH.sub(" - ", _RX_COMMA.sub(",", _RX_SPACES.sub(" ", s)))


def org_groups(low: str, s: int, e: int) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """Groups of organization codes in ``low[s:e]`` and where each group stands.

    >>> org_groups("đoàn thanh niên, hội nông dân có 85%", 0, 37)[0]
    [['DTN', 'HND']]
    """
    groups, spans = _org_groups(low, s, e)
    return [list(g) for g in groups], list(spans)


# asked again for the same stretches by the components: remembered for the last few thousand
@lru_cache(maxsize=4096)
def _org_groups(low: str, s: int, e: int) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, int], ...]]:
    P = org_patterns()
    mentions = []
    masked = [(m.start(), m.end()) for m in P["not_mention"].finditer(low, s, e)]
    # the means of a deed, up to its comma: "với sự vào cuộc của các ngành, UBND phường đã ..."
    # (and the means listed after it, each a noun of "sự": "với sự hỗ trợ của Trung ương, sự đồng lòng,
    # quyết tâm của Đảng bộ, chính quyền và nhân dân, Quảng Bình đã ...": up to the last one's "của" phrase)
    for m in P["means"].finditer(low, max(0, s - _MEANS_REACH), e):
        comma = low.find(",", m.end(), e)
        if comma >= 0 and P["more_means"].match(low, comma + 1):
            deed = P["deed_word"].search(low, comma + 1, e)  # the actor stands right before its deed
            last = low.rfind(",", comma + 1, deed.start() if deed else e)
            comma = last if last > comma else comma
        masked.append((m.start(), comma if comma >= 0 else e))
    for m in P["alias_re"].finditer(low, s, e):
        if any(a <= m.start() < b for a, b in masked):
            continue  # "tổ chức hội nghị": to hold a conference
        alias = _norm_alias(m.group(1))
        code = P["alias_code"].get(alias) or P["alias_norm"].get(alias)
        if code is None:
            continue
        if code in ("BODY", "GENERIC"):
            m, code = _named_inside(low, m, e, code)
        if code == "BODY":
            # "Đại hội lần thứ XIV của Đảng": the congress names its body
            named = P["congress_named"].match(low, m.end(), e)
            code = P["congress_short"].get(_RX_SPACES.sub(" ", named.group(1)), code) if named else code
        if m.start() > 0 and low[m.start() - 1] in "-/":
            continue  # part of a document symbol: "QĐ-UBND"
        # the issuer of a cited document is not an actor: "Đề án số 02 của BTV Tỉnh ủy"
        pre = low[max(s, m.start() - 45):m.start()]
        if P["partner_before"].search(pre):
            continue  # "cùng Ngân hàng CSXH huyện": a partner
        if P["built_before"].search(pre):
            continue  # "xây dựng Đảng bộ ... vững mạnh": what is built up, not who acts
        if P["measured_against"].search(low, max(0, m.start() - 45), m.start()):
            continue  # "đạt 64% kế hoạch HĐND tỉnh giao": who set the plan measured against
        if P["cited_issuer"].search(pre) and (P["doc_ref"].search(pre) or regex.search(r"\d", pre)):
            continue
        if P["followed_document"].search(pre):
            continue
        mentions.append((m.start(), m.end(), code))
    groups: list[list[tuple[int, int, str]]] = []
    for men in mentions:
        last = groups[-1][-1] if groups else None
        if last and last[2] == "PARTY" and not low[last[1]:men[0]].strip() and P["party_unit"].fullmatch(low, last[0], last[1]):
            groups[-1][-1] = (last[0], men[1], "PARTY")  # "Đảng bộ UBND tỉnh": the Party unit of the body
            continue
        if groups and P["joiner"].match(low[groups[-1][-1][1]:men[0]]):
            groups[-1].append(men)
        else:
            groups.append([men])
    return tuple(tuple(c for _, _, c in g) for g in groups), tuple((g[0][0], g[-1][1]) for g in groups)


def _named_inside(low: str, m, e: int, code: str):
    """"ban chấp hành hội nông dân": the committee's own word ("hội") starts the
    name of an organization; the name, not the committee, is the mention."""
    P = org_patterns()
    for w in _RX_WORD_START.finditer(low, m.start() + 1, m.end()):
        inner = P["alias_re"].match(low, w.start(), e)
        if inner and inner.end() > m.end():
            alias = _norm_alias(inner.group(1))
            named = P["alias_code"].get(alias) or P["alias_norm"].get(alias)
            if named and named not in ("BODY", "GENERIC"):
                return inner, named
    return m, code


def resolve_group(codes: list[str], body: tuple[str, ...] = (), single_body: str | None = None) -> list[str]:
    """One group's codes.

    A collective mention makes the group ``ALL``; a unit type that names no
    organization ("chi hội") is the document body's own when the body is one
    mass organization, else ``ALL``; "Đại hội", "Hội nghị" as an actor are
    the body (``BODY`` when no body is known).

    >>> resolve_group(["HND", "GENERIC"]), resolve_group(["GENERIC"], ("HLHPN",), "HLHPN")
    (['ALL'], ['HLHPN'])
    """
    if "ALL" in codes:
        return ["ALL"]
    if "GENERIC" in codes:
        return [single_body] if single_body and all(c in ("GENERIC", single_body, "BODY") for c in codes) else ["ALL"]
    out: list[str] = []
    for c in codes:
        for x in ((body or ("BODY",)) if c == "BODY" else (c,)):
            if x not in out:
                out.append(x)
    return out


def first_group(low: str, s: int, e: int, body: tuple[str, ...] = (), single_body: str | None = None) -> list[str]:
    """The first subject named in ``low[s:e]``, as organization codes.

    >>> first_group("chi hội phụ nữ ít nhất 01 mô hình", 0, 33)
    ['HLHPN']
    """
    groups, _ = org_groups(low, s, e)
    return resolve_group(groups[0], body, single_body) if groups else []


def first_group_at(low: str, s: int, e: int, body: tuple[str, ...] = (),
                   single_body: str | None = None) -> tuple[list[str], tuple[int, int] | None]:
    """Like :func:`first_group`, with where the group is written.

    >>> first_group_at("năm 2025, hội nông dân đạt 90%", 0, 30)
    (['HND'], (10, 22))
    """
    groups, spans = org_groups(low, s, e)
    return (resolve_group(groups[0], body, single_body), spans[0]) if groups else ([], None)
