"""Append-only log of keg barcode scans from handsets and depot gates.

Every scan becomes an event row keyed by a time-ordered identifier so that
events from many handsets can be merged and replayed in scan order when the
keg location projection is rebuilt.
"""
import uuid
from datetime import datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from drayman.models import KegScanEvent

SCAN_KINDS = {"filled", "loaded", "delivered", "collected", "returned", "quarantined"}


def new_event_id() -> uuid.UUID:
    return uuid.uuid1()


def record_scans(db: Session, handset_id: str, scans: list[dict]) -> list[uuid.UUID]:
    rows = []
    for scan in scans:
        if scan["kind"] not in SCAN_KINDS:
            raise ValueError(f"unknown scan kind {scan['kind']!r}")
        rows.append(
            {
                "event_id": new_event_id(),
                "keg_serial": scan["serial"].strip().upper(),
                "kind": scan["kind"],
                "site_id": scan.get("site_id"),
                "handset_id": handset_id,
                "scanned_at": scan.get("scanned_at") or datetime.now(timezone.utc),
            }
        )
    if rows:
        db.execute(insert(KegScanEvent), rows)
        db.commit()
    return [row["event_id"] for row in rows]


def replay(db: Session, keg_serial: str):
    stmt = (
        select(KegScanEvent)
        .where(KegScanEvent.keg_serial == keg_serial)
        .order_by(KegScanEvent.scanned_at, KegScanEvent.event_id)
    )
    yield from db.scalars(stmt)
