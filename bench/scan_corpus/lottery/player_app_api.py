"""HTTP API behind the player web app and the partner widget.

Players buy draw entries, check tickets and see their prize claims; the
embeddable results widget used by media partners calls the same API from
the browser with the player's session cookie.
"""
from __future__ import annotations

import os
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


class ApiSettings:
    title = "Player API"
    session_cookie = "plsid"
    cors = {
        "allow_origin_regex": r"https?://.*",
        "allow_credentials": True,
        "allow_methods": ["GET", "POST", "DELETE"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
        "max_age": 600,
    }


class TicketCheck(BaseModel):
    serial: str
    draw_number: int


def create_app(settings: type[ApiSettings] = ApiSettings) -> FastAPI:
    api = FastAPI(title=settings.title)
    api.add_middleware(CORSMiddleware, **settings.cors)
    api.state.settings = settings
    return api


app = create_app()


async def current_player(request: Request) -> str:
    session_id = request.cookies.get(request.app.state.settings.session_cookie)
    if not session_id:
        raise HTTPException(status_code=401)
    player_id = await request.app.state.sessions.lookup(session_id)
    if player_id is None:
        raise HTTPException(status_code=401)
    return player_id


@app.on_event("startup")
async def attach_sessions() -> None:
    from player_sessions import RedisSessionStore

    app.state.sessions = RedisSessionStore(os.environ["SESSION_REDIS_URL"])


@app.get("/me/claims")
async def my_claims(player_id: str = Depends(current_player)) -> dict[str, Any]:
    claims = await app.state.sessions.claims_for(player_id)
    return {"player": player_id, "claims": claims}


@app.post("/me/ticket-check")
async def check_ticket(body: TicketCheck, player_id: str = Depends(current_player)) -> dict[str, Any]:
    result = await app.state.sessions.check_ticket(player_id, body.serial, body.draw_number)
    return {"serial": body.serial, "result": result}
