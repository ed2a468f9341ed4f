"""Verifies signed suspension notices pushed by the provincial league API."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

app = FastAPI()
MAX_SKEW_SECONDS = 300


@lru_cache
def webhook_secret() -> bytes:
    return os.environ["LEAGUE_WEBHOOK_SECRET"].encode("utf-8")


def compute_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


async def verified_body(
    request: Request,
    x_league_timestamp: str = Header(...),
    x_league_signature: str = Header(...),
    secret: bytes = Depends(webhook_secret),
) -> bytes:
    if not x_league_timestamp.isdigit() or abs(time.time() - int(x_league_timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="Stale or missing timestamp")
    body = await request.body()
    expected = compute_signature(secret, x_league_timestamp, body)
    if not hmac.compare_digest(expected, x_league_signature):
        raise HTTPException(status_code=401, detail="Bad signature")
    return body


class SuspensionNotice(BaseModel):
    player_registration_no: str
    games: int
    reason: str
    effective_from: str


@app.post("/hooks/league/suspensions", status_code=202)
async def suspension_notice(body: bytes = Depends(verified_body)) -> dict:
    from .discipline import record_suspension

    notice = SuspensionNotice.model_validate_json(body)
    record_suspension(
        registration_no=notice.player_registration_no,
        games=notice.games,
        reason=notice.reason,
        effective_from=notice.effective_from,
    )
    return {"status": "accepted"}
