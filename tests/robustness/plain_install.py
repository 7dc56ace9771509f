"""The plain-install check of ``make check-install`` (run by .ci/run).

``write FOLDER``: the sample passage as a .txt, .docx, .pdf and .html (made
with the development environment's tools). ``check RECORDS FOLDER``: the
records that ``chitieu extract``, installed from the wheel into a fresh
environment without extras, wrote for them: every format read, each giving
the same targets as the plain text.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from samples import TEXT, make_docx, make_html, make_pdf

# Three pages for the PDF, so its running header and page numbers repeat and are dropped.
FILES = {"a.txt": None, "b.docx": make_docx, "c.pdf": lambda p: make_pdf(p, pages_of_filler=2), "d.html": make_html}
FIELDS = ("value", "unit", "comparator", "org", "deadline_year")


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        if make is None:
            (folder / name).write_text(TEXT, encoding="utf-8")
        else:
            make(folder / name)
    print(f"wrote {', '.join(FILES)} to {folder}")


def check(records: Path) -> int:
    per_doc: dict[str, list] = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        per_doc.setdefault(r["doc_id"], []).append(tuple(r[k] for k in FIELDS))
    want = per_doc.get("a", [])
    problems = [f"{name}: no records" for name in FILES if not per_doc.get(Path(name).stem)]
    problems += [f"{name}: {len(per_doc[Path(name).stem])} records, the .txt gives {len(want)}"
                 for name in FILES if per_doc.get(Path(name).stem) and per_doc[Path(name).stem] != want]
    if len(want) < 8:
        problems.append(f"a.txt: {len(want)} records, the passage holds at least 8")
    for p in problems:
        print(f"plain install: {p}", file=sys.stderr)
    if not problems:
        print(f"plain install: {', '.join(FILES)} read, {len(want)} records each")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "write":
        write(Path(sys.argv[2]))
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(Path(sys.argv[2])))
    else:
        sys.exit("usage: plain_install.py write FOLDER | check RECORDS.jsonl")
