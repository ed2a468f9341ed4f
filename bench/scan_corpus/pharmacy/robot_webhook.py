"""Flask blueprint for status events from the automated dispensing robot."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from dispensing.queue import mark_filled, mark_jammed

bp = Blueprint("robot", __name__, url_prefix="/robot")

_HANDLERS = {
    "vial.filled": mark_filled,
    "vial.jammed": mark_jammed,
}


def _expected_signature(body: bytes) -> str:
    key = os.environ["ROBOT_WEBHOOK_KEY"].encode()
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


@bp.post("/events")
def robot_event():
    body = request.get_data()
    provided = request.headers.get("X-Robot-Signature", "")
    if not hmac.compare_digest(provided, _expected_signature(body)):
        abort(401)

    event = request.get_json(force=True)
    if event.get("version") != 2:
        abort(400, "unsupported event version")
    handler = _HANDLERS.get(event.get("type"))
    if handler is None:
        return jsonify(ignored=True), 202
    handler(event["rxNumber"], event.get("details", {}))
    return jsonify(ok=True)
