"""Replays score entries that a tablet queued while the venue Wi-Fi was down.

When connectivity returns the tablet app posts its whole pending queue in one
request; we apply the legs in order and acknowledge the sequence numbers.
"""
from __future__ import annotations

import base64
import logging
import pickle as _codec
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

from .auth import require_tablet_session
from .scoring import apply_leg_result

log = logging.getLogger(__name__)
bp = Blueprint("tablet_sync", __name__, url_prefix="/tablet/sync")

MAX_QUEUE_BYTES = 512 * 1024


@dataclass
class QueuedLeg:
    seq: int
    match_id: int
    leg: int
    winner_id: int
    darts: int
    checkout: int


def _decode_queue(blob: str) -> list[dict]:
    raw = base64.b64decode(blob)
    if len(raw) > MAX_QUEUE_BYTES:
        raise ValueError("queue too large")
    return _codec.loads(raw)


@bp.post("/replay")
@require_tablet_session
def replay_queue(session):
    body = request.get_json(force=True) or {}
    try:
        entries = _decode_queue(body["queue"])
    except (KeyError, ValueError):
        abort(400)

    acked: list[int] = []
    for entry in sorted(entries, key=lambda e: e["seq"]):
        leg = QueuedLeg(
            seq=int(entry["seq"]),
            match_id=int(entry["match_id"]),
            leg=int(entry["leg"]),
            winner_id=int(entry["winner_id"]),
            darts=int(entry["darts"]),
            checkout=int(entry.get("checkout", 0)),
        )
        if leg.match_id not in session.match_ids:
            log.warning("tablet %s sent leg for foreign match %s", session.tablet_id, leg.match_id)
            continue
        apply_leg_result(leg)
        acked.append(leg.seq)

    return jsonify({"acked": acked})
