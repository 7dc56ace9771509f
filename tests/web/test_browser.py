"""End to end in a real headless Chromium (Debian's chromium and chromium-driver):
upload the bundled 000 (parent) and 001 (plan), read the verdict table, filter it,
open a row, follow it to the document, download the .xlsx and read it back; save a
screenshot of the verdict page at 1366×768 under out/."""
from __future__ import annotations

import os
import shutil
import threading
import time

import openpyxl
import pytest
import uvicorn

from pipeline.compare import compare
from pipeline.web import Settings, create_app
from web_helpers import PARENT, PLAN, ROOT

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
SCREENSHOT = ROOT / "out" / "web_verdicts_1366x768.png"
if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("CI"):  # .ci/run installs them: missing there is a failure, not a skip
        raise RuntimeError("chromium and chromedriver are needed (apt-get install chromium chromium-driver)")
    pytest.skip("needs Debian's chromium and chromium-driver", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The application on 127.0.0.1 (a free port), in a thread, for the test's browser."""
    app = create_app(Settings(workdir=tmp_path_factory.mktemp("web")))
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    end = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < end and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    host, port = srv.servers[0].sockets[0].getsockname()[:2]
    assert host == "127.0.0.1"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1366,768",
                "--lang=vi"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
    driver.downloads = downloads
    yield driver
    driver.quit()


def _rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#verdicts tr.row")


def test_upload_compare_filter_open_download(server, browser):
    expected = compare(PARENT, PLAN)
    wait = WebDriverWait(browser, 180)
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Chọn văn bản cần đối chiếu"
    browser.find_element(By.ID, "parent").send_keys(str(PARENT))
    browser.find_element(By.ID, "plans").send_keys(str(PLAN))
    browser.find_element(By.ID, "submit").click()

    # the verdict table, one row per comparison row, the counts on top
    wait.until(EC.presence_of_element_located((By.ID, "verdicts")))
    assert [r.get_attribute("data-verdict") for r in _rows(browser)] == [x.verdict for x in expected]
    chips = {c.get_attribute("data-verdict"): int(c.find_element(By.TAG_NAME, "b").text)
             for c in browser.find_elements(By.CSS_SELECTOR, ".counts a.chip[data-verdict]")}
    assert chips == {v: sum(x.verdict == v for x in expected) for v in {x.verdict for x in expected}}
    first = browser.find_element(By.CSS_SELECTOR, "#verdicts tr.row td.verdict")
    assert first.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"  # coloured by verdict
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000

    # filter by a verdict: the select applies on change
    verdict = max(chips, key=chips.get)
    result_url = browser.current_url
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value(verdict)
    wait.until(EC.url_contains(f"verdict={verdict}"))
    rows = _rows(browser)
    assert len(rows) == chips[verdict] and {r.get_attribute("data-verdict") for r in rows} == {verdict}
    assert f"{len(rows)}/{len(expected)}" in browser.find_element(By.ID, "showing").text

    # open a row with both sides: both quotes, the reason, a link to each document
    browser.get(result_url)
    n = next(i for i, x in enumerate(expected, 1) if x.ref_span and x.plan_span)
    detail = browser.find_element(By.ID, f"detail-{n}")
    assert not detail.is_displayed()
    browser.find_element(By.ID, f"row-{n}").click()
    wait.until(EC.visibility_of(detail))
    marks = [m.text for m in detail.find_elements(By.CSS_SELECTOR, "blockquote.passage mark")]
    assert marks == [expected[n - 1].ref_mention, expected[n - 1].plan_mention]
    assert expected[n - 1].reason in detail.text
    link = detail.find_elements(By.CSS_SELECTOR, "a.doc-link")[1]
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    wait.until(EC.presence_of_element_located((By.ID, "doctext")))
    mark = browser.find_element(By.ID, anchor)
    assert mark.tag_name == "mark" and "focus" in mark.get_attribute("class")
    assert mark.text.startswith(expected[n - 1].plan_mention)

    # download the workbook and read it back
    browser.get(result_url)
    browser.find_element(By.ID, "download-xlsx").click()
    target = browser.downloads / "chitieu_doi_chieu.xlsx"
    end = time.monotonic() + 30
    while not target.exists() and time.monotonic() < end:
        time.sleep(0.1)
    assert target.exists(), list(browser.downloads.iterdir())
    wb = openpyxl.load_workbook(target)
    sheet = wb[next(s for s in wb.sheetnames if s.startswith(PLAN.stem[:20]))]
    assert sheet.max_row - 1 == len(expected)
    assert [c.value for c in sheet[1]][:2] == ["Kết luận", "Tổ chức"]


def test_readable_on_a_phone(server, browser):
    """At 390 px the table turns into cards: no sideways scrolling on the verdict page."""
    browser.get(server + "/")
    browser.find_element(By.ID, "parent").send_keys(str(PARENT))
    browser.find_element(By.ID, "plans").send_keys(str(PLAN))
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 180).until(EC.presence_of_element_located((By.ID, "verdicts")))
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    try:
        browser.refresh()
        WebDriverWait(browser, 30).until(EC.presence_of_element_located((By.ID, "verdicts")))
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390
        assert browser.find_element(By.CSS_SELECTOR, "#verdicts thead").is_displayed() is False
    finally:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
