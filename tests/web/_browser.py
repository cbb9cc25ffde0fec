"""Browser fixtures: Debian Chromium driven by Playwright, and the app on a live local server.

Chromium comes from Debian (``apt-get install -y chromium``), never from ``playwright install``
(see ../shared/DEPENDENCIES.md). The fixture installs it when it is missing and skips with the
reason only when that fails.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest

from api._ledger import Ledger, ledger  # noqa: F401  (fixture)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


# Two test workers may install at once: wait for the other's dpkg lock instead of failing on it;
# a fresh machine may have no package lists yet: fetch them once and try again.
_INSTALL = ["apt-get", "install", "-y", "-o", "DPkg::Lock::Timeout=600", "chromium"]
_UPDATE = ["apt-get", "update", "-o", "DPkg::Lock::Timeout=600"]


def _chromium() -> str | None:
    path = shutil.which("chromium")
    for step in ([_INSTALL], [_UPDATE, _INSTALL]):
        if path is not None:
            break
        try:
            for cmd in step:
                subprocess.run(cmd, check=True, capture_output=True, timeout=900)
        except (OSError, subprocess.SubprocessError):
            continue
        path = shutil.which("chromium")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """A headless Debian Chromium under Playwright, shared by the session."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install 'hearsay[dev]')")
    path = _chromium()
    if path is None:
        pytest.skip("Debian chromium is not installed and 'apt-get install -y chromium' failed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=FLAGS, headless=True)
        yield b
        b.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(ledger: Ledger) -> Iterator[str]:  # noqa: F811
    """The app over the session ledger on http://127.0.0.1:<free port>, run by uvicorn in a thread."""
    from hearsay.server import create_app
    from hearsay.config import load_settings

    app = create_app(load_settings({"db_url": ledger.url, "store": False}, environ={}),
                     allowed_hosts=["127.0.0.1", "localhost"])
    yield from serve_app(app)


def serve_app(app: object) -> Iterator[str]:
    """Run ``app`` on http://127.0.0.1:<free port> in a thread; yield its address, stop it after."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # wait for the socket, not for a time
        if server.started:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the live server did not start")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _local(url: str) -> bool:
    """A request to one of the test servers (every one listens on 127.0.0.1)."""
    return url.startswith("http://127.0.0.1:")


@pytest.fixture()
def page(browser):  # type: ignore[no-untyped-def]
    """A fresh page that records dialogs and any request leaving the local test servers."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.outside = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    pg.on("request", lambda r: None if _local(r.url) else pg.outside.append(r.url))  # type: ignore[attr-defined]
    yield pg
    context.close()
