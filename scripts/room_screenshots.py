"""Screenshots of the room for the docs: a phone's page (390×844) and the shared screen with a vote.

    .venv/bin/python scripts/room_screenshots.py docs/

The app opens a Mijoté workshop (offscreen Qt) and its room on 127.0.0.1; three participants write
and vote over HTTP, and a real headless Chromium, phone-sized, shows one team's page.
"""

from __future__ import annotations

import concurrent.futures
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OKRWORKSHOP_ROOM_HOST"] = "127.0.0.1"

import httpx
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


def main(out: Path) -> int:
    from okrworkshop.canvas.document import Document
    from okrworkshop.cases import load_case
    from okrworkshop.storage import write_okrw
    from okrworkshop.ui.i18n import install_language
    from okrworkshop.ui.main_window import MainWindow

    QLocale.setDefault(QLocale(QLocale.Language.French))
    app = QApplication.instance() or QApplication(sys.argv)
    install_language("fr")
    folder = Path(tempfile.mkdtemp())
    path = write_okrw(load_case("mijote").new_board("fr", reference=False), folder / "Mijoté.okrw")
    window = MainWindow(Document.open(path))
    window.resize(1600, 1000)
    window.show()
    window.open_room()
    server = window.room_server
    team = window.document.board.teams()[0]
    pool = concurrent.futures.ThreadPoolExecutor(4)

    def wait(future: concurrent.futures.Future[httpx.Response]) -> httpx.Response:
        while not future.done():
            app.processEvents()
            time.sleep(0.01)
        return future.result()

    def client(name: str) -> httpx.Client:
        c = httpx.Client(base_url=server.address.base, timeout=10)
        c.post("/join", data={"code": server.room.join_code, "name": name})
        c.headers["X-CSRF-Token"] = c.get("/api/state").json()["csrf"]
        wait(pool.submit(c.post, "/api/team", json={"team": team.id}))
        return c

    lea = client("Léa")
    ids = []
    for title in (
        "Faire de Mijoté le réflexe du dîner en semaine",
        "Lancer la nouvelle appli",
        "Que les familles cuisinent plus",
        "Rendre la liste de courses utile dès la première semaine",
    ):
        ids.append(
            wait(
                pool.submit(lea.post, "/api/changes", json={"op": "add", "kind": "objective", "title": title})
            ).json()["id"]
        )
    for parent, title in (
        (ids[0], "Passer de 1,8 à 3 repas planifiés par foyer et par semaine"),
        (ids[0], "Faire passer la part des foyers actifs en semaine 4 de 22 % à 35 %"),
        (ids[1], "Publier 12 recettes"),
    ):
        wait(
            pool.submit(
                lea.post,
                "/api/changes",
                json={"op": "add", "kind": "key_result", "parent": parent, "title": title},
            )
        )
    dock = window.room_dock
    dock.present_box.setCurrentIndex(dock.present_box.findData(team.id))
    dock.open_vote()
    voters = [lea, client("Tom"), client("Inès")]
    for voter, picks in zip(voters, ([0, 0, 3], [0, 3, 3], [0, 2, 3]), strict=True):
        for index in picks:
            wait(pool.submit(voter.post, "/api/vote", json={"card": ids[index], "delta": 1}))
    dock._present(0)  # back to their own teams: the phones write again
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(out / "screenshot-room-shared.png"))

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
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
        "--hide-scrollbars",
        f"--user-data-dir={folder / 'chromium'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_window_size(390, 844)
        driver.get(server.join_url)
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(driver, 20).until(
            lambda d: d.execute_script(
                """const b = [...document.querySelectorAll('#team-list button')].find(e => e.textContent === arguments[0]);
                   if (b) b.click(); return Boolean(b);""",
                team.name,
            )
        )
        WebDriverWait(driver, 20).until(
            lambda d: d.execute_script("return document.querySelectorAll('.card').length > 3")
        )
        time.sleep(0.5)
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
        )
        driver.save_screenshot(str(out / "screenshot-room-phone.png"))
    finally:
        driver.quit()
    window.close_room()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
