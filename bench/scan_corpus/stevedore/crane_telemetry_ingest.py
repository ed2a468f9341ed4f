"""Ingest endpoint for quay crane PLC telemetry.

Each crane's edge gateway posts spreader load, trolley position and
hoist cycle counts every few seconds. Gateways authenticate with a
per-crane API key issued by the automation team.
"""
import logging
from functools import wraps

from flask import Blueprint, abort, g, jsonify, request

from terminal_ops.config import settings
from terminal_ops.telemetry import TelemetryWriter

bp = Blueprint("crane_telemetry", __name__, url_prefix="/telemetry")
log = logging.getLogger(__name__)
writer = TelemetryWriter(settings.TELEMETRY_BUCKET)


def _gateway_keys() -> dict[str, str]:
    return {entry["api_key"]: entry["crane_id"] for entry in settings.CRANE_GATEWAYS}


def require_gateway_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Gateway-Key", "")
        keys = _gateway_keys()
        if supplied not in keys:
            abort(401)
        g.crane_id = keys[supplied]
        return view(*args, **kwargs)

    return wrapper


@bp.post("/samples")
@require_gateway_key
def ingest_samples():
    payload = request.get_json(silent=True) or {}
    samples = payload.get("samples", [])
    if not isinstance(samples, list) or len(samples) > settings.TELEMETRY_MAX_BATCH:
        abort(400)
    accepted = writer.write(g.crane_id, samples)
    log.debug("crane %s: %d samples accepted", g.crane_id, accepted)
    return jsonify({"crane": g.crane_id, "accepted": accepted})
