"""chitieu: quantified targets from Vietnamese resolutions, as structured records.

Flat API in the spirit of underthesea::

    >>> from pipeline import extract
    >>> [t.value for t in extract("Hội Nông dân đạt 90% trở lên.")]
    [90.0]

Stages (one module each, data flowing forward as pydantic objects):
read → normalize → structure → tokenize → extract → values → export
(and compare for plan-versus-resolution checks).
"""
from __future__ import annotations

from pathlib import Path

# The extract package is imported first: importing a subpackage binds its name on
# this package, and the facade function below must take that name
# ("pipeline.extract(...)"); its parts stay reachable with "from pipeline.extract
# import run". The compare package loads lazily (scipy and the metadata cost ~1 s
# that `chitieu extract` and every archive worker would pay); once imported it is a
# callable module, so "pipeline.compare(...)" works either way.
from pipeline.extract import extract_targets as _extract_targets
from pipeline.read import document_from_text, looks_like_path, read_document as _read_document
from schemas import Document, Target

__all__ = ["extract", "extract_document", "to_dataframe", "read_document", "compare",
           "Document", "Target"]


def read_document(path: str | Path) -> Document:
    """Read a file into a :class:`Document` (see :mod:`pipeline.read`)."""
    return _read_document(path)


def extract_document(doc: Document) -> list[Target]:
    """Every target record of one document.

    >>> from pipeline.read import document_from_text
    >>> extract_document(document_from_text("Hằng năm ít nhất 01 việc làm mới."))[0].comparator
    '>='
    """
    return _extract_targets(doc)


def extract(source: str | Path | Document, doc_id: str | None = None) -> list[Target]:
    """Targets of a text, a file path or a Document.

    A ``str`` that names an existing file, or looks like a file name (one line
    ending in ``.txt``, ``.docx``, ``.pdf``, ...), is read as a file, so a
    mistyped path raises :class:`pipeline.errors.ReadError` instead of giving
    no targets; any other string is taken as the text itself.

    >>> extract("Đoàn Thanh niên đạt 82% trở lên")[0].org
    'DTN'
    """
    if isinstance(source, Document):
        doc = source
    elif isinstance(source, Path) or (isinstance(source, str)
                                      and (_names_a_file(source) or looks_like_path(source))):
        doc = read_document(source)
    else:
        doc = document_from_text(str(source), doc_id or "text")
    return extract_document(doc)


def _names_a_file(text: str) -> bool:
    """Is this string the path of an existing file (and not a text to read)?"""
    if len(text) >= 1024 or "\n" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # too long a name, a NUL byte: it is text
        return False


def to_dataframe(targets):
    """Targets (or records) → a pandas DataFrame, one row per record.

    >>> to_dataframe(extract("Hội Cựu chiến binh đạt 97% trở lên")).loc[0, "org"]
    'HCCB'
    """
    from pipeline.export import to_dataframe as _df

    return _df(targets)


def compare(reference, plan):
    """Check a plan's targets against its reference (parent resolution).

    ``reference`` and ``plan`` may be paths, Documents or lists of Targets;
    returns :class:`schemas.ComparisonRow` objects (see :mod:`pipeline.compare`),
    which ``pipeline.compare.to_dataframe`` turns into a DataFrame.

    >>> rows = compare("corpora/000_f70623145abb4c5f.txt",
    ...                "corpora/001_45df4ddcfde7a44e.txt")  # doctest: +SKIP
    >>> rows[0].verdict, rows[0].reason  # doctest: +SKIP
    ('same', 'Kế hoạch đặt 1 việc làm mới trở lên, đúng mức 1 việc làm mới trở lên của văn bản cấp trên')
    """
    from pipeline.compare import compare as _compare  # lazy: see the imports above

    return _compare(reference, plan)
