"""Receives signed engine telemetry batches uploaded by onboard yacht computers."""

from __future__ import annotations

import hashlib as hl
import hmac
import json
from secrets import compare_digest as ct_equal

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Boat, EngineReading

router = APIRouter(prefix="/telemetry")


class SignatureCheck:
    digest = hl.sha256

    def __init__(self, db: Session) -> None:
        self.db = db

    def boat(self, unit_serial: str) -> Boat:
        boat = self.db.scalar(select(Boat).where(Boat.unit_serial == unit_serial))
        if boat is None or boat.retired:
            raise HTTPException(status_code=401, detail="unknown unit")
        return boat

    def expected(self, boat: Boat, body: bytes) -> str:
        return hmac.new(boat.unit_secret.encode(), body, self.digest).hexdigest()

    def check(self, unit_serial: str, body: bytes, signature: str) -> Boat:
        boat = self.boat(unit_serial)
        if not ct_equal(self.expected(boat, body), signature.lower()):
            raise HTTPException(status_code=401, detail="bad signature")
        return boat


@router.post("/engine", status_code=202)
async def ingest_engine(
    request: Request,
    x_unit_serial: str = Header(...),
    x_signature: str = Header(...),
    db: Session = Depends(get_session),
):
    body = await request.body()
    boat = SignatureCheck(db).check(x_unit_serial, body, x_signature)
    try:
        readings = json.loads(body)["readings"]
    except (ValueError, KeyError):
        raise HTTPException(status_code=422, detail="malformed batch")

    for item in readings[:500]:
        db.add(
            EngineReading(
                boat_id=boat.id,
                recorded_at=item["ts"],
                engine_hours=float(item["hours"]),
                coolant_c=float(item.get("coolant", 0.0)),
                battery_v=float(item.get("battery", 0.0)),
            )
        )
    db.commit()
    return {"stored": min(len(readings), 500)}
