"""A real headless Chromium on a phone-sized window joins the room, writes, and sees others write.

The server runs for real on 127.0.0.1; the browser is Debian's Chromium driven by Selenium through
Debian's chromedriver (CI installs both). Times are printed, not asserted (see benchmarks/).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.storage import read_okrw
from tests.room.conftest import join

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if not (CHROMIUM and DRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI must install chromium and chromium-driver (scripts/setup)")
        pytest.skip("chromium and chromium-driver are not installed here")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=390,844",
        f"--user-data-dir={tmp_path / 'chromium'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait_for(driver: Any, condition: Any, timeout: float = 40.0) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.02).until(condition)


def texts(driver: Any, selector: str) -> list[str]:
    """The texts of what ``selector`` finds, read in one go (the page redraws as others write)."""
    return list(
        driver.execute_script(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", selector
        )
    )


def click_button(driver: Any, selector: str, text: str) -> bool:
    """Click the button of ``selector`` showing ``text``, as found at that moment."""
    return bool(
        driver.execute_script(
            """const b = [...document.querySelectorAll(arguments[0])].find(e => e.textContent === arguments[1]);
               if (b) b.click(); return Boolean(b);""",
            selector,
            text,
        )
    )


def test_a_phone_joins_writes_and_sees_another_table_write(
    browser: Any, served: Any, room_file: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    team = read_okrw(room_file).teams()[0]
    # The QR code's URL, typed by nobody: the code is in it.
    browser.get(served.join_url)
    wait_for(browser, lambda d: click_button(d, "#team-list button", team.name))
    field = wait_for(browser, lambda d: d.find_element(By.ID, "new-objective"))
    wait_for(browser, lambda d: d.find_element(By.ID, "new-objective").is_displayed())
    field.send_keys("Faire cuisiner les familles en semaine", Keys.ENTER)
    wait_for(
        browser, lambda d: "Faire cuisiner les familles en semaine" in texts(d, ".card.objective > .text")
    )
    board = read_okrw(room_file)
    (objective,) = board.objectives(team.id)
    assert objective.title == "Faire cuisiner les familles en semaine"

    # Another participant at the same table, on another device, adds a key result.
    other = join(served.address.base, served.room.join_code, "Tom")
    other.post("/api/team", json={"team": team.id})
    started = time.perf_counter()
    answer = other.post(
        "/api/changes",
        json={
            "op": "add",
            "kind": "key_result",
            "parent": objective.id,
            "title": "Passer de 2 à 4 repas cuisinés",
        },
    )
    assert answer.status_code == 200
    # Pushed, not polled: the page also catches up every 5 s, so this must come well before.
    wait_for(browser, lambda d: "Passer de 2 à 4 repas cuisinés" in texts(d, ".card.key_result > .text"), 4.0)
    print(
        f"\nanother device's change visible on the phone after {1000 * (time.perf_counter() - started):.0f} ms"
    )

    # The checker's findings show on the phone's card, with the coach's suggestion where it has one.
    browser.find_element(By.ID, "new-objective").send_keys("Lancer l'appli mobile", Keys.ENTER)
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-rule="objective-is-task"]'))
    # Every control says what it does.
    unlabelled = browser.execute_script(
        """return [...document.querySelectorAll('button, input, textarea')]
            .filter(e => e.offsetParent !== null)
            .filter(e => !((e.getAttribute('aria-label') || '').trim() || e.textContent.trim()
                           || (e.id && document.querySelector('label[for="' + e.id + '"]'))))
            .map(e => e.outerHTML)"""
    )
    assert unlabelled == []


def test_a_page_without_the_code_is_sent_to_the_join_form(browser: Any, served: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served.address.base + "/p")
    wait_for(
        browser, lambda d: d.current_url.rstrip("/") == served.address.base and d.find_elements(By.ID, "code")
    )
    wrong = "ZZZZZZ" if served.room.join_code != "ZZZZZZ" else "YYYYYY"
    browser.execute_script(
        "document.getElementById('code').value = arguments[0]; document.querySelector('form button').click()",
        wrong,
    )
    wait_for(
        browser,
        lambda d: "error=bad-code" in d.current_url and d.find_element(By.ID, "join-error").is_displayed(),
    )
    assert "code" in browser.find_element(By.ID, "join-error").text
