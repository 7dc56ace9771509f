"""Where a saved web page's footer begins: the site's contact block ("Địa chỉ:",
"Điện thoại:", "Mã số thuế:" on lines of their own) after the document's text. From
there on the numbers are the site's (its staff, its telephone, its log-in notices), not
the document's."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.lexicon import alternation, load_lexicon

_LABELS_NEAR = 400  # two labels of one contact block stand within this many characters
_BODY_SHARE = 0.5  # the footer is in the second half of the text: a letterhead's address is not


@lru_cache(maxsize=1)
def _label_line() -> regex.Pattern:
    labels = alternation(load_lexicon("exclusions").footer_labels)
    # a label opens its line, behind bold marks or a table's bar, and a colon closes it
    return regex.compile(rf"^[\s*|#>\-]*({labels})[\s*]*:", regex.M)


def footer_start(low: str) -> int:
    """The offset where the page's footer begins in the lower-cased text, or its length.

    >>> t = "Kế hoạch ... đạt 90%.\\n" * 5 + "**Địa chỉ:**\\n17 phố A\\n**Điện thoại:**\\n(024) 3930 3279\\n"
    >>> footer_start(t.lower()) == t.index("**Địa chỉ")
    True
    >>> letterhead = "Địa chỉ: 17 phố A\\nĐiện thoại: 0214 3840 123\\nPhấn đấu đạt 90%."
    >>> footer_start(letterhead.lower()) == len(letterhead)  # at the top: a letterhead, no footer
    True
    """
    found = [(m.start(), m.group(1)) for m in _label_line().finditer(low, int(len(low) * _BODY_SHARE))]
    for (s, label), (s2, label2) in zip(found, found[1:]):
        if label2 != label and s2 - s <= _LABELS_NEAR:
            return s
    return len(low)
