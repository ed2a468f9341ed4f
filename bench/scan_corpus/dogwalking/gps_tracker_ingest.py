"""Ingests signed GPS fixes uploaded by the collar trackers during a walk."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import text

from .db import engine
from .devices import device_secret

log = logging.getLogger("gps.ingest")
app = FastAPI()


@dataclass
class Fix:
    lat: float
    lon: float
    recorded_at: str
    battery: int | None = None


def _signature_ok(serial: str, body: bytes, presented: str) -> bool:
    secret = device_secret(serial)
    if secret is None:
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented.lower())


@app.post("/trackers/{serial}/fixes")
async def ingest_fixes(
    serial: str,
    request: Request,
    x_tracker_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not _signature_ok(serial, body, x_tracker_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    payload = json.loads(body)
    if payload.get("serial") != serial:
        raise HTTPException(status_code=400, detail="serial mismatch")

    fixes = [Fix(**item) for item in payload.get("fixes", [])]
    with engine.begin() as conn:
        walk = conn.execute(
            text("SELECT id FROM walks WHERE tracker_serial = :serial AND status = 'in_progress'"),
            {"serial": serial},
        ).first()
        if walk is None:
            log.info("tracker %s sent %d fixes with no walk in progress", serial, len(fixes))
            return {"stored": 0}
        conn.execute(
            text(
                "INSERT INTO gps_points (walk_id, lat, lon, recorded_at, battery)"
                " VALUES (:walk_id, :lat, :lon, :recorded_at, :battery)"
            ),
            [{"walk_id": walk.id, **fix.__dict__} for fix in fixes],
        )
    return {"stored": len(fixes)}
