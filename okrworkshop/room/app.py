"""The room's web app: join with the code, then read and write your team's lane (Starlette).

``create_room(host, room)`` builds the app and holds no global state. Every participant request
carries the signed session cookie set when joining; every request that changes something also
carries the CSRF token the page got with the state. Participant text is data: validated like the
JSON reader's input, handed to the host, and shown by the page as text, never as markup.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket, WebSocketDisconnect

from okrworkshop.room.edits import EditRefused
from okrworkshop.room.host import RoomHost
from okrworkshop.room.state import Participant, Room, RoomError
from okrworkshop.room.texts import page_texts

COOKIE = "okrw_room"
MAX_BODY = 16_384
STATIC = resources.files("okrworkshop.room") / "static"


class _Error(Exception):
    def __init__(self, key: str, status: int, detail: str = "") -> None:
        super().__init__(key)
        self.key, self.status, self.detail = key, status, detail


def create_room(host: RoomHost, room: Room) -> Starlette:
    """The ASGI app of one room opening (see the module docstring)."""
    signer = URLSafeSerializer(room.secret, salt="okrworkshop-room-session")
    sockets: set[WebSocket] = set()
    state: dict[str, Any] = {"loop": None}

    def language() -> str:
        return host.snapshot().language

    def error(key: str, status: int, detail: str = "") -> JSONResponse:
        texts = page_texts(language())
        message = texts.get(f"error.{key}", texts["error.bad-request"])
        if detail and key in ("bad-request", "too-long", "refused"):
            message = f"{message} ({detail})"
        return JSONResponse({"ok": False, "error": key, "message": message}, status_code=status)

    def who(request: Request | WebSocket) -> Participant:
        token = request.cookies.get(COOKIE)
        if not token:
            raise _Error("not-joined", 401)
        try:
            participant_id = signer.loads(token)
        except BadSignature:
            raise _Error("not-joined", 401) from None
        try:
            return room.participant(str(participant_id))
        except RoomError as exc:
            raise _Error(exc.key, exc.status) from None

    async def body(request: Request, participant: Participant) -> Any:
        try:
            room.check_csrf(participant.id, request.headers.get("x-csrf-token"))
        except RoomError as exc:
            raise _Error(exc.key, exc.status) from None
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise _Error("too-long", 413, str(MAX_BODY))
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise _Error("bad-request", 400, "JSON") from None

    def guarded(handler: Any) -> Any:
        async def run(request: Request) -> Response:
            try:
                return await handler(request)  # type: ignore[no-any-return]
            except _Error as exc:
                return error(exc.key, exc.status, exc.detail)
            except RoomError as exc:
                return error(exc.key, exc.status)

        return run

    # ----------------------------------------------------------------------------- pages
    async def home(request: Request) -> Response:
        texts = page_texts(language())
        page = (STATIC / "join.html").read_text(encoding="utf-8")
        page = page.replace("{{lang}}", language()).replace("{{texts}}", _json_for_html(texts))
        return HTMLResponse(page, headers=_PAGE_HEADERS)

    async def join(request: Request) -> Response:
        if request.method == "POST":
            raw = await request.body()
            form = parse_qs(raw[:MAX_BODY].decode("utf-8", "replace"), max_num_fields=8)
            code, name = form.get("code", [""])[0], form.get("name", [""])[0]
        else:
            code, name = request.query_params.get("code", ""), ""
        try:
            participant = room.join(code, name)
        except RoomError as exc:
            return RedirectResponse(f"/?error={exc.key}", status_code=303)
        response = RedirectResponse("/p", status_code=303)
        response.set_cookie(COOKIE, signer.dumps(participant.id), httponly=True, samesite="strict")
        return response

    async def participant_page(request: Request) -> Response:
        try:
            who(request)
        except _Error:
            return RedirectResponse("/", status_code=303)
        texts = page_texts(language())
        page = (STATIC / "room.html").read_text(encoding="utf-8")
        page = page.replace("{{lang}}", language()).replace("{{texts}}", _json_for_html(texts))
        return HTMLResponse(page, headers=_PAGE_HEADERS)

    # ------------------------------------------------------------------------------- api
    @guarded
    async def api_state(request: Request) -> Response:
        participant = who(request)
        snapshot = host.snapshot()
        team_id = participant.team_id
        shown = room.presenting or team_id
        vote = room.vote
        return JSONResponse(
            {
                "version": snapshot.version,
                "room_version": room.version,
                "csrf": room.csrf_token(participant.id),
                "me": {"name": participant.name, "team": team_id},
                "title": snapshot.title,
                "language": snapshot.language,
                "brief": snapshot.brief,
                "teams": list(snapshot.teams),
                "lane": snapshot.lanes.get(shown) if shown else None,
                "locked": room.is_locked(team_id) or room.presenting is not None,
                "presenting": room.presenting,
                "timer": host.timer(),
                "vote": None
                if vote is None
                else {
                    "open": vote.open,
                    "left": vote.left(participant.id),
                    "mine": dict(vote.ballots.get(participant.id, {})),
                    "cards": [
                        {"id": card_id, "title": snapshot.titles.get(card_id, ""), "dots": dots}
                        for card_id, dots in vote.tally()
                    ],
                },
            }
        )

    @guarded
    async def api_board(request: Request) -> Response:
        who(request)
        return JSONResponse(host.snapshot().board_json)

    @guarded
    async def api_team(request: Request) -> Response:
        participant = who(request)
        data = await body(request, participant)
        team_id = data.get("team") if isinstance(data, dict) else None
        if not isinstance(team_id, str):
            raise _Error("bad-request", 400, "team")
        room.choose_team(participant.id, team_id, [t["id"] for t in host.snapshot().teams])
        _announce()
        return JSONResponse({"ok": True})

    @guarded
    async def api_changes(request: Request) -> Response:
        participant = who(request)
        data = await body(request, participant)
        if participant.team_id is None:
            raise _Error("no-team", 409)
        if room.is_locked(participant.team_id) or room.presenting is not None:
            raise _Error("locked", 423)
        room.spend(participant.id)
        try:
            plan = await asyncio.wrap_future(host.submit(participant.name, participant.team_id, data))
        except EditRefused as exc:
            raise _Error(exc.key, 400 if exc.key != "gone" else 404, exc.detail) from None
        return JSONResponse({"ok": True, "id": plan.card_id, "version": host.version()})

    @guarded
    async def api_vote(request: Request) -> Response:
        participant = who(request)
        data = await body(request, participant)
        if not isinstance(data, dict) or not isinstance(data.get("card"), str):
            raise _Error("bad-request", 400, "card")
        delta = data.get("delta")
        if not isinstance(delta, int) or isinstance(delta, bool):
            raise _Error("bad-request", 400, "delta")
        room.cast(participant.id, data["card"], delta)
        _announce()
        return JSONResponse({"ok": True})

    async def socket(websocket: WebSocket) -> None:
        try:
            who(websocket)
        except _Error:
            await websocket.close(code=4401)
            return
        await websocket.accept()
        sockets.add(websocket)
        try:
            await websocket.send_json({"version": host.version(), "room": room.version})
            while True:
                await websocket.receive_text()  # pings from the page; nothing else is read
        except WebSocketDisconnect:
            pass
        finally:
            sockets.discard(websocket)

    async def _push() -> None:
        message = {"version": host.version(), "room": room.version}
        for ws in list(sockets):
            try:
                who(ws)
            except _Error:
                sockets.discard(ws)
                with contextlib.suppress(Exception):
                    await ws.close(code=4403)
                continue
            try:
                await ws.send_json(message)
            except Exception:  # a page that went away
                sockets.discard(ws)

    pushing: set[asyncio.Task[None]] = set()

    def _start_push() -> None:
        # The loop holds tasks weakly: keep each one until it is done, or it may vanish mid-way.
        task = asyncio.get_running_loop().create_task(_push())
        pushing.add(task)
        task.add_done_callback(pushing.discard)

    def _announce() -> None:
        loop = state["loop"]
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(_start_push)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> Any:
        state["loop"] = asyncio.get_running_loop()
        yield
        for ws in list(sockets):
            with contextlib.suppress(Exception):
                await ws.close(code=1001)

    # ----------------------------------------------------------------- facilitator (headless)
    def facilitator(handler: Any) -> Any:
        async def run(request: Request) -> Response:
            key = request.headers.get("x-facilitator-key", "")
            if not hmac.compare_digest(key.encode(), room.facilitator_key.encode()):
                return error("not-joined", 401)
            try:
                data = json.loads((await request.body()) or b"{}")
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                return error("bad-request", 400, "JSON")
            if not isinstance(data, dict):
                return error("bad-request", 400, "JSON")
            try:
                result = await handler(data)
            except RoomError as exc:
                return error(exc.key, exc.status)
            except EditRefused as exc:
                return error(exc.key, 400, exc.detail)
            _announce()
            return JSONResponse({"ok": True, **(result or {})})

        return run

    @facilitator
    async def f_lock(data: dict[str, Any]) -> None:
        room.lock(data.get("team"), bool(data.get("locked", True)))

    @facilitator
    async def f_present(data: dict[str, Any]) -> None:
        room.present(data.get("team"))

    @facilitator
    async def f_remove(data: dict[str, Any]) -> None:
        room.remove(str(data.get("participant", "")))

    @facilitator
    async def f_participants(_data: dict[str, Any]) -> dict[str, Any]:
        return {
            "participants": [{"id": p.id, "name": p.name, "team": p.team_id} for p in room.participants()]
        }

    @facilitator
    async def f_vote_open(data: dict[str, Any]) -> None:
        cards = data.get("cards")
        if not isinstance(cards, list) or not all(isinstance(c, str) for c in cards):
            raise RoomError("bad-request")
        room.open_vote(cards, int(data.get("dots", 3)))

    @facilitator
    async def f_vote_close(data: dict[str, Any]) -> dict[str, Any]:
        tally = room.close_vote()
        keep = data.get("keep")
        if isinstance(keep, int) and not isinstance(keep, bool) and keep >= 0:
            kept = [card_id for card_id, _ in tally[:keep]]
            await asyncio.wrap_future(host.park(kept, [card_id for card_id, _ in tally]))
        return {"tally": tally}

    host.listen(lambda _version: _announce())
    app = Starlette(
        routes=[
            Route("/", home),
            Route("/join", join, methods=["GET", "POST"]),
            Route("/p", participant_page),
            Route("/api/state", api_state),
            Route("/api/board", api_board),
            Route("/api/team", api_team, methods=["POST"]),
            Route("/api/changes", api_changes, methods=["POST"]),
            Route("/api/vote", api_vote, methods=["POST"]),
            WebSocketRoute("/ws", socket),
            Route("/api/facilitator/lock", f_lock, methods=["POST"]),
            Route("/api/facilitator/present", f_present, methods=["POST"]),
            Route("/api/facilitator/remove", f_remove, methods=["POST"]),
            Route("/api/facilitator/participants", f_participants, methods=["POST"]),
            Route("/api/facilitator/vote/open", f_vote_open, methods=["POST"]),
            Route("/api/facilitator/vote/close", f_vote_close, methods=["POST"]),
            Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
        ],
        lifespan=lifespan,
    )
    app.state.announce = _announce
    return app


_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
    "style-src 'self'; script-src 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def _json_for_html(value: Any) -> str:
    """JSON safe inside an HTML attribute (the page reads its texts from it)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
