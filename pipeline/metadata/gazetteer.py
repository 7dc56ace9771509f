"""Where: provinces, districts and communes named in a text ("huyện Vị Xuyên",
"Thị ủy Sa Pa"), resolved in the pre-2025 gazetteer of ``vietnam-provinces`` 0.6.

Vocabulary: ``pipeline/data/metadata_places.yaml``.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

import regex
import vietnam_provinces

from pipeline.lexicon import load_lexicon
from pipeline.metadata.text import accent_fold, accented_words, ascii_fold, squash

# Proper names: capitalized syllables ("Vị Xuyên", "Nậm Đét", "BÌNH THUẬN",
# "Bà Rịa - Vũng Tàu").
_SYLLABLE = r"(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})"
NAME = regex.compile(rf"{_SYLLABLE}(?:(?:[ \t]+|[ \t]*-[ \t]*){_SYLLABLE}){{0,3}}")
# Between a unit word and its name: "TP. Hồ Chí Minh", "huyện  Bắc Hà".
_GAP = regex.compile(r"\.?[ \t]+")
# A bare province name ("Ninh Thuận ban hành ...") has at least two syllables.
_BARE_SYLLABLES = 2


class Gazetteer:
    """Pre-2025 provinces, districts and communes by folded bare name.

    >>> g = gazetteer(); g.district("Vị Xuyên")[0]
    ('Vị Xuyên', 'Hà Giang')
    """

    def __init__(self, nested: list[dict]):
        prefixes = sorted((ascii_fold(p) for p in load_lexicon("metadata_places").gazetteer_prefixes),
                          key=len, reverse=True)

        def bare(name: str) -> str:
            f = ascii_fold(name)
            for p in prefixes:
                if f.startswith(p + " "):
                    return name[len(p) + 1:].strip()
            return name

        self.provinces: dict[str, tuple[str, bool]] = {}
        self.districts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.communes: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for p in nested:
            pname = bare(p["name"])
            is_city = ascii_fold(p["name"]).startswith("thanh pho")
            self.provinces[ascii_fold(pname)] = (pname, is_city)
            for d in p.get("districts", []):
                dname = bare(d["name"])
                self.districts[ascii_fold(dname)].append((dname, pname))
                for w in d.get("wards", []):
                    self.communes[ascii_fold(bare(w["name"]))].append((bare(w["name"]), dname, pname))

    def province(self, name: str) -> Optional[tuple[str, bool]]:
        """(province, is a centrally-run city) for a bare name, or None."""
        return self.provinces.get(ascii_fold(name))

    def district(self, name: str) -> list[tuple[str, str]]:
        """[(district, province)] for a bare district name."""
        return self.districts.get(ascii_fold(name), [])

    def commune(self, name: str) -> list[tuple[str, str, str]]:
        """[(commune, district, province)] for a bare commune name."""
        return self.communes.get(ascii_fold(name), [])


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once from vietnam-provinces' nested JSON."""
    path = getattr(vietnam_provinces, "NESTED_DIVISIONS_JSON_PATH", None)
    data = json.loads(Path(path).read_text(encoding="utf-8")) if path else []
    if not data or "districts" not in data[0]:
        raise RuntimeError("vietnam-provinces without districts (need version 0.6, the pre-2025 divisions)")
    return Gazetteer(data)


@dataclass(frozen=True)
class _Patterns:
    place: re.Pattern  # a unit word ("huyện", "thị ủy")
    unit_tier: dict    # folded unit word → gazetteer tier


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled place vocabulary (once)."""
    units = sorted(load_lexicon("metadata_places").unit_words, key=lambda u: len(u.word), reverse=True)
    return _Patterns(place=re.compile(accented_words([u.word for u in units])),
                     unit_tier={accent_fold(u.word): u.tier for u in units})


_BRACKET = re.compile(r"\s*\(\s*")


def mentions(text: str) -> Iterator[tuple[str, str, int]]:
    """(tier, name, start) of every "unit word + Name" in the text, and of every
    bare province name (tier ``bare``).

    >>> [(t, n) for t, n, _ in mentions("trên địa bàn huyện Bắc Hà (Lào Cai), năm 2022")]
    [('district', 'Bắc Hà'), ('bare', 'Lào Cai')]
    """
    P = patterns()
    named = set()
    for m in P.place.finditer(accent_fold(text)):
        gap = _GAP.match(text, m.end())
        nm = NAME.match(text, gap.end()) if gap else None
        if nm:
            named.add(nm.start())
            tier = P.unit_tier[squash(m.group(0))]
            yield tier, nm.group(0), m.start()
            # the district a paper names in brackets after a commune: "xã Tân Lập (Đồng Phú)"
            br = _BRACKET.match(text, nm.end()) if tier == "commune" else None
            inner = NAME.match(text, br.end()) if br else None
            if inner and not _bare_province(inner.group(0)):
                named.add(inner.start())
                yield "district", inner.group(0), inner.start()
    for nm in NAME.finditer(text):
        if nm.start() not in named and _bare_province(nm.group(0)):
            yield "bare", nm.group(0), nm.start()


def _bare_province(name: str) -> Optional[str]:
    """The province a capitalized name starts with, if it has two syllables or more."""
    words = name.split()
    for k in range(len(words), _BARE_SYLLABLES - 1, -1):
        p = gazetteer().province(" ".join(words[:k]))
        if p and ascii_fold(p[0]) not in _not_bare():
            return p[0]
    return None


@lru_cache(maxsize=None)
def _not_bare() -> frozenset:
    return frozenset(ascii_fold(n) for n in load_lexicon("metadata_places").not_bare_names)


def resolve(tier: str, name: str) -> list[tuple[str, Optional[str], float]]:
    """[(province, district or None, weight)] for one place mention.

    >>> resolve("district", "Vị Xuyên đã")
    [('Hà Giang', 'Vị Xuyên', 2.0)]
    """
    g = gazetteer()
    if tier == "bare":
        p = _bare_province(name)
        return [(p, None, 1.5)] if p else []
    words = name.split()
    # Try the longest name first: "Sa Pa đã" is not a place, "Sa Pa" is.
    for k in range(len(words), 0, -1):
        n = " ".join(words[:k])
        if tier in ("province", "city"):
            p = g.province(n)
            if p:
                return [(p[0], None, 3.0)]
        if tier in ("district", "city"):
            ds = g.district(n)
            if ds:
                return [(prov, d, 2.0 / len(ds)) for d, prov in ds]
        if tier == "commune":
            cs = g.commune(n)
            if cs:
                return [(prov, d, 1.0 / len(cs)) for _, d, prov in cs]
    return []


_TIE = 1e-9  # votes this close name no province


def places(text: str, issuer: Optional[str], level: Optional[str], doc_type: str,
           context: Iterable[str] = ()) -> tuple[Optional[str], Optional[str]]:
    """(province, locality) of a document: the issuer's own place first, then
    the bodies it belongs to (``context``: the header lines above it), then the
    places its text names most.

    >>> places("Hội nghị tại huyện Vị Xuyên", "Huyện ủy Vị Xuyên", "district", "nghi_quyet")
    ('Hà Giang', 'Vị Xuyên')
    >>> places("", "HUYỆN ỦY THANH SƠN", "district", "ke_hoach", ["ĐẢNG BỘ TỈNH PHÚ THỌ"])[0]
    'Phú Thọ'
    """
    votes: Counter = Counter()
    dvotes: Counter = Counter()
    own_district, own_province = None, None
    for tier, name, _ in mentions(issuer or ""):
        found = resolve(tier, name)
        for prov, dist, w in found:
            votes[prov] += 3 * w
            if dist and own_district is None and len(found) == 1:
                own_district, district_province = dist, prov
            if dist is None:
                own_province = own_province or prov
    if own_province is None and own_district:
        own_province = district_province
    for line in context:
        for tier, name, _ in mentions(line):
            for prov, dist, w in resolve(tier, name):
                votes[prov] += 2 * w
                if dist:
                    dvotes[(prov, dist)] += 2 * w
    for tier, name, _ in mentions(text):
        for prov, dist, w in resolve(tier, name):
            votes[prov] += w
            if dist:
                dvotes[(prov, dist)] += w
    if not votes:
        return None, None
    province = own_province or votes.most_common(1)[0][0]
    if votes[province] < 1:
        return None, None
    top = votes.most_common(2)
    if own_province is None and len(top) > 1 and top[1][1] >= top[0][1] - _TIE:
        return None, None  # a name many provinces share ("xã Tân Lập"), nothing else to tell them apart
    locality = own_district
    if locality is None and (level in ("district", "commune") or doc_type == "tin_bai"):
        local = [(d, v) for (p, d), v in dvotes.most_common() if p == province]
        locality = local[0][0] if local else None
    return province, locality
