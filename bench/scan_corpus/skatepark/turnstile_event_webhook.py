"""Receives entry/exit events pushed by the turnstile controllers and records occupancy."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

log = logging.getLogger("turnstiles.events")
app = FastAPI()

engine = create_engine(os.environ["ACCESS_DATABASE_URL"], pool_pre_ping=True)
SIGNING_KEY = os.environ["TURNSTILE_WEBHOOK_KEY"].encode("utf-8")
MAX_SKEW_S = 300


def _signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(SIGNING_KEY, message, hashlib.sha256).hexdigest()


def _verify(timestamp: str, signature: str, body: bytes) -> None:
    try:
        ts = int(timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - ts) > MAX_SKEW_S:
        raise HTTPException(status_code=401, detail="stale event")
    if not hmac.compare_digest(_signature(timestamp, body), signature):
        raise HTTPException(status_code=401, detail="bad signature")


@app.post("/turnstiles/events")
async def turnstile_event(
    request: Request,
    x_gate_timestamp: str = Header(...),
    x_gate_signature: str = Header(...),
):
    body = await request.body()
    _verify(x_gate_timestamp, x_gate_signature, body)
    event = await request.json()
    direction = event.get("direction")
    if direction not in ("in", "out"):
        raise HTTPException(status_code=422, detail="unknown direction")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO gate_events (gate, member_id, direction, occurred_at) "
                "VALUES (:gate, :member, :dir, to_timestamp(:ts))"
            ),
            {"gate": event["gate"], "member": event.get("member_id"),
             "dir": direction, "ts": int(x_gate_timestamp)},
        )
        occupancy = conn.execute(text("SELECT current_occupancy()")).scalar_one()
    log.info("gate %s %s, occupancy now %s", event["gate"], direction, occupancy)
    return {"occupancy": occupancy}
