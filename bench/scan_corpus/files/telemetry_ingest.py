"""Ingest endpoint for batched telemetry from the desktop agent.

The agent serialises a list of sample dicts and posts them in one request so
that we do not pay per-sample HTTP overhead on slow connections.
"""
import pickle
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from .models import TelemetrySample, db

bp = Blueprint("telemetry", __name__, url_prefix="/api/telemetry")

MAX_BATCH = 5000


@bp.post("/batch")
def ingest_batch():
    if request.content_type != "application/octet-stream":
        abort(415)
    samples = pickle.loads(request.get_data())
    if not isinstance(samples, list) or len(samples) > MAX_BATCH:
        abort(400)

    received_at = datetime.now(timezone.utc)
    rows = [
        TelemetrySample(
            agent_id=s["agent_id"],
            metric=s["metric"],
            value=float(s["value"]),
            sampled_at=s["ts"],
            received_at=received_at,
        )
        for s in samples
    ]
    db.session.add_all(rows)
    db.session.commit()
    return jsonify({"accepted": len(rows)}), 202
