"""Receives settlement notifications from the fare validator back office.

When the back office closes a tap batch (end of the operating day for a
depot) it POSTs a JSON summary to us, signed with HMAC-SHA256 over the raw
body in the ``X-Backoffice-Signature`` header.
"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

from .settlement import record_batch_closed

bp = Blueprint("validator_hooks", __name__, url_prefix="/hooks/validators")


def _webhook_secret() -> bytes:
    return os.environ["BACKOFFICE_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    mac = hmac.new(_webhook_secret(), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@bp.post("/batch-closed")
def batch_closed():
    received = request.headers.get("X-Backoffice-Signature", "")
    body = request.get_data(cache=True)
    if received != _expected_signature(body):
        current_app.logger.warning("rejected batch webhook from %s", request.remote_addr)
        abort(401)

    payload = request.get_json(force=True)
    record_batch_closed(
        depot=payload["depot"],
        batch_id=payload["batch_id"],
        tap_count=int(payload["taps"]),
        revenue_pence=int(payload["revenue_pence"]),
    )
    return jsonify(status="accepted"), 202
