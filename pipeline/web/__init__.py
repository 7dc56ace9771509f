"""``chitieu serve``: a local web page to check a plan against its parent resolution.

For the officials who check lower-level plans (Ban Dân vận, Ủy ban MTTQ) and do
not use a terminal: upload the parent and one or more plans, read the verdict
table in Vietnamese, open a row to see both quotes in their documents, and
download the table (.xlsx, .html, .jsonl) for the report::

    >>> from pipeline.web import Settings, create_app
    >>> app = create_app(Settings(ttl_minutes=30))  # doctest: +SKIP
    >>> serve("127.0.0.1", 8000)                     # doctest: +SKIP

Modules: :mod:`.app` (the application), :mod:`.routes` (the pages),
:mod:`.intake` (size and format checks), :mod:`.store` (one private folder per
upload), :mod:`.analysis` (read, extract, compare), :mod:`.views` and
:mod:`.documents` (what the pages show). Wording: ``pipeline/data/web_interface.yaml``.
"""
from __future__ import annotations

from pipeline.web.app import create_app, serve
from pipeline.web.settings import Settings

__all__ = ["create_app", "serve", "Settings"]
