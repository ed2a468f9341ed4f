"""Ingest endpoint for batched metrics from the desktop agent."""
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from .models import MetricSample, db

bp = Blueprint("metrics", __name__, url_prefix="/api/metrics")

MAX_BATCH = 5000


@bp.post("/batch")
def ingest_batch():
    samples = request.get_json(silent=True)
    if not isinstance(samples, list) or len(samples) > MAX_BATCH:
        abort(400)

    received_at = datetime.now(timezone.utc)
    rows = []
    for s in samples:
        try:
            rows.append(
                MetricSample(
                    agent_id=str(s["agent_id"]),
                    metric=str(s["metric"]),
                    value=float(s["value"]),
                    sampled_at=datetime.fromisoformat(s["ts"]),
                    received_at=received_at,
                )
            )
        except (KeyError, TypeError, ValueError):
            abort(400)
    db.session.add_all(rows)
    db.session.commit()
    return jsonify({"accepted": len(rows)}), 202
