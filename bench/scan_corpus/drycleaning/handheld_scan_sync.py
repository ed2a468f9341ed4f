"""Receives batches of garment scans uploaded by van handhelds at the end of a round."""
from __future__ import annotations

import gzip
import logging
import pickle
from dataclasses import dataclass
from datetime import datetime

from flask import Flask, jsonify, request

log = logging.getLogger("fleet.sync")
app = Flask(__name__)


@dataclass
class ScanEvent:
    tag_id: str
    order_id: int
    action: str  # "collected", "delivered", "refused"
    scanned_at: datetime
    lat: float
    lng: float


class BatchDecoder:
    """Handheld firmware 3.x posts gzip-compressed batches of ScanEvent records."""

    codec = pickle
    compressed = True

    def decode(self, payload: bytes) -> list[ScanEvent]:
        raw = gzip.decompress(payload) if self.compressed else payload
        events = self.codec.loads(raw)
        if not isinstance(events, list):
            raise ValueError("batch must be a list of scan events")
        return events


decoder = BatchDecoder()


def apply_events(van: str, events: list[ScanEvent]) -> int:
    from laundry.tracking import record_scan

    for ev in events:
        record_scan(van=van, tag_id=ev.tag_id, order_id=ev.order_id, action=ev.action, at=ev.scanned_at)
    return len(events)


@app.post("/sync/<van>/scans")
def upload_scans(van: str):
    try:
        events = decoder.decode(request.get_data())
    except (ValueError, OSError) as exc:
        log.warning("Rejected batch from %s: %s", van, exc)
        return jsonify({"error": "batch rejected"}), 400
    count = apply_events(van, events)
    return jsonify({"van": van, "applied": count})
