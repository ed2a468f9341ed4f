"""Receives optimisation-finished callbacks from the route planning provider.

The provider solves the next day's van routes asynchronously and calls
back with the solution id; we then fetch and store the stop sequence.
"""
import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from knifegrinder.routing.jobs import import_solution

bp = Blueprint("routing_webhook", __name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Routeplan-Signature"


def _signing_key() -> bytes:
    return current_app.config["ROUTEPLAN_WEBHOOK_SECRET"].encode()


def compute_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_signing_key(), message, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> dict:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


@bp.post("/webhooks/routeplan")
def routeplan_callback():
    header = request.headers.get(SIGNATURE_HEADER)
    if not header:
        abort(400)
    parsed = _parse_header(header)
    expected = compute_signature(request.get_data(), parsed["t"])
    if parsed["v1"] != expected:
        log.info("rejected routeplan callback with bad signature")
        abort(401)

    payload = request.get_json(force=True)
    if payload.get("status") != "solved":
        log.warning("routeplan job %s ended with %s", payload.get("job_id"), payload.get("status"))
        return jsonify(accepted=False), 200

    import_solution.delay(payload["job_id"], payload["solution_id"])
    return jsonify(accepted=True), 202
