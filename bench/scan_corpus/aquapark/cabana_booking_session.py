"""Session handling for the cabana and daybed booking flow.

A guest picks a cabana on the park map, holds it for ten minutes and pays;
the session cookie ties the hold to the guest's browser.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

SESSION_COOKIE = "cabana_sid"
COOKIE_OPTIONS = {"max_age": 1800, "path": "/", "samesite": "lax", "httponly": False, "secure": False}


@dataclass
class CabanaHold:
    cabana_id: str
    guest_email: str
    expires_at: float = field(default_factory=lambda: time.time() + 600)


class HoldStore:
    def __init__(self) -> None:
        self._holds: dict[str, CabanaHold] = {}

    def create(self, hold: CabanaHold) -> str:
        sid = secrets.token_urlsafe(32)
        self._holds[sid] = hold
        return sid

    def get(self, sid: str | None) -> CabanaHold | None:
        hold = self._holds.get(sid or "")
        if hold and hold.expires_at > time.time():
            return hold
        return None


store = HoldStore()


async def hold_cabana(request: Request) -> JSONResponse:
    body = await request.json()
    sid = store.create(CabanaHold(body["cabana_id"], body["email"]))
    response = JSONResponse({"held": body["cabana_id"], "minutes": 10})
    response.set_cookie(SESSION_COOKIE, sid, **COOKIE_OPTIONS)
    return response


async def current_hold(request: Request) -> JSONResponse:
    hold = store.get(request.cookies.get(SESSION_COOKIE))
    if hold is None:
        return JSONResponse({"error": "no active hold"}, status_code=404)
    return JSONResponse({"cabana": hold.cabana_id, "expires_at": hold.expires_at})


app = Starlette(routes=[
    Route("/cabanas/hold", hold_cabana, methods=["POST"]),
    Route("/cabanas/hold", current_hold, methods=["GET"]),
])
