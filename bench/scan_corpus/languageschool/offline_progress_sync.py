"""Import of progress snapshots from the offline vocabulary app.

Students who study offline export a progress snapshot from the mobile
app and upload it on the portal's "Sync progress" page. The snapshot is
merged into their flash-card history.
"""
from __future__ import annotations

import pickle
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, List

from flask import Blueprint, abort, g, jsonify, request

from portal.auth import login_required
from portal.vocab import store_reviews

bp = Blueprint("offline_sync", __name__)

SNAPSHOT_MAGIC = b"LGVS"
MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024


@dataclass
class CardReview:
    card_id: int
    reviewed_at: datetime
    grade: int


def _decode_snapshot(blob: bytes) -> Dict[str, object]:
    if not blob.startswith(SNAPSHOT_MAGIC):
        raise ValueError("not a vocabulary snapshot")
    return pickle.loads(zlib.decompress(blob[len(SNAPSHOT_MAGIC):]))


def _reviews_from(snapshot: Dict[str, object]) -> List[CardReview]:
    reviews = []
    for row in snapshot.get("reviews", []):
        reviews.append(CardReview(int(row["card"]), row["at"], int(row["grade"])))
    return reviews


@bp.post("/portal/vocabulary/sync")
@login_required
def sync_snapshot():
    upload = request.files.get("snapshot")
    if upload is None:
        abort(400, "snapshot file missing")
    blob = upload.read(MAX_SNAPSHOT_BYTES + 1)
    if len(blob) > MAX_SNAPSHOT_BYTES:
        abort(413)
    try:
        snapshot = _decode_snapshot(blob)
    except (ValueError, zlib.error):
        abort(400, "unreadable snapshot")
    reviews = _reviews_from(snapshot)
    stored = store_reviews(g.student.id, reviews)
    return jsonify({"imported": stored, "device": snapshot.get("device", "unknown")})
