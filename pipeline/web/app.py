"""The FastAPI application behind ``chitieu serve``.

Pages are rendered on the server (Jinja2, autoescaped, strict about undefined
names); the CSS and the small script ship in ``static/``, nothing comes from
elsewhere, and the Content-Security-Policy says so to the browser.
"""
from __future__ import annotations

import asyncio
import ipaddress
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Callable, Optional

import jinja2
import uvicorn
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipeline.lexicon import load_lexicon
from pipeline.web import routes
from pipeline.web.intake import Rejected
from pipeline.web.settings import Settings
from pipeline.web.store import JobStore

HERE = Path(__file__).resolve().parent
#: Seconds between sweeps for expired results.
PURGE_EVERY = 30.0

_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a result's URL is its key: never send it elsewhere
    "X-Frame-Options": "DENY",
}


def _templates(iface) -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["t"] = iface
    return Jinja2Templates(env=env)


async def _purge_loop(store: JobStore) -> None:
    while True:
        await asyncio.sleep(PURGE_EVERY)
        store.purge()


def create_app(settings: Optional[Settings] = None, clock: Callable[[], float] = time.time) -> FastAPI:
    """A fresh application with its own upload folder, job store and worker threads.

    >>> app = create_app(Settings(max_file_mb=5))
    >>> app.state.settings.max_file_bytes
    5242880
    >>> app.state.store.close()
    """
    settings = settings or Settings()
    iface = load_lexicon("web_interface")
    store = JobStore(settings.workdir, settings.ttl_seconds, clock)
    # One job at a time: the extraction pipeline keeps per-run state that is not
    # thread-safe (two jobs in two threads break its write checks); others wait their turn.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chitieu-web")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        sweeper = asyncio.create_task(_purge_loop(store))
        try:
            yield
        finally:
            sweeper.cancel()
            executor.shutdown(wait=False, cancel_futures=True)
            store.close()

    app = FastAPI(title="chitieu", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.store = store
    app.state.executor = executor
    app.state.iface = iface
    app.state.templates = _templates(iface)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in _HEADERS.items():
            response.headers.setdefault(k, v)
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(Rejected)
    async def rejected(request: Request, exc: Rejected):
        values = {**routes.limits_of(request), **exc.values}
        return routes.error_page(request, exc.status, exc.key, **values)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:  # a mistyped address is "not found" in Vietnamese too
            return routes.not_found(request)
        return await http_exception_handler(request, exc)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(routes.router)
    return app


def is_loopback(host: str) -> bool:
    """Is ``host`` this machine only?

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Optional[Settings] = None) -> None:
    """Run the application with uvicorn until Ctrl-C (bound to this machine by default)."""
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
