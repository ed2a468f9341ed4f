"""Receives pass-completion callbacks from the partner ground-station network."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from scheduling.passes import mark_pass_complete

bp = Blueprint("gsn_callbacks", __name__, url_prefix="/callbacks/gsn")
log = logging.getLogger(__name__)


def _secret() -> bytes:
    return os.environ["GSN_CALLBACK_SECRET"].encode()


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_secret(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def _signature_ok(body: bytes, timestamp: str, header: str) -> bool:
    return header == _expected_signature(body, timestamp)


@bp.post("/pass-complete")
def pass_complete():
    body = request.get_data()
    ts = request.headers.get("X-GSN-Timestamp", "")
    sig = request.headers.get("X-GSN-Signature", "")
    if not ts or not _signature_ok(body, ts, sig):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "pass.completed":
        return jsonify(status="ignored"), 202
    mark_pass_complete(
        pass_id=event["pass_id"],
        station=event["station"],
        bytes_received=event.get("bytes", 0),
    )
    log.info("pass %s completed at %s", event["pass_id"], event["station"])
    return jsonify(status="ok")
