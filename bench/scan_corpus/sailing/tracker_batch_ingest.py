"""Ingest endpoint for signed position batches uploaded by yacht GPS trackers."""

from __future__ import annotations

import hashlib
import hmac
import json

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Position, Tracker

router = APIRouter(prefix="/ingest")


class BatchVerifier:
    digest = hashlib.sha256

    def __init__(self, db: Session) -> None:
        self.db = db

    def tracker(self, tracker_id: str) -> Tracker:
        tracker = self.db.scalar(select(Tracker).where(Tracker.serial == tracker_id))
        if tracker is None or not tracker.active:
            raise HTTPException(status_code=401, detail="unknown tracker")
        return tracker

    def expected(self, tracker: Tracker, body: bytes) -> str:
        return hmac.new(tracker.shared_secret.encode(), body, self.digest).hexdigest()

    def check(self, tracker_id: str, body: bytes, signature: str) -> Tracker:
        tracker = self.tracker(tracker_id)
        if self.expected(tracker, body) != signature.lower():
            raise HTTPException(status_code=401, detail="bad signature")
        return tracker


@router.post("/positions", status_code=202)
async def ingest_positions(
    request: Request,
    x_tracker_id: str = Header(...),
    x_signature: str = Header(...),
    db: Session = Depends(get_session),
):
    body = await request.body()
    tracker = BatchVerifier(db).check(x_tracker_id, body, x_signature)
    try:
        fixes = json.loads(body)["fixes"]
    except (ValueError, KeyError):
        raise HTTPException(status_code=422, detail="malformed batch")

    for fix in fixes[:1000]:
        db.add(
            Position(
                boat_id=tracker.boat_id,
                recorded_at=fix["ts"],
                lat=float(fix["lat"]),
                lon=float(fix["lon"]),
                sog=float(fix.get("sog", 0.0)),
            )
        )
    db.commit()
    return {"stored": min(len(fixes), 1000)}
