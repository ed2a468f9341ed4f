"""Acknowledgement webhook from the transmitter (accepted/rejected returns)."""
import base64
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from efile.acks import apply_acknowledgement

bp = Blueprint("mef_ack", __name__)
_SECRET = os.environ["ACK_WEBHOOK_SECRET"].encode()


def _sign(body: bytes) -> bytes:
    return base64.b64encode(hmac.new(_SECRET, body, hashlib.sha256).digest())


def signature_ok(header_value: str, body: bytes) -> bool:
    if not header_value:
        return False
    return hmac.compare_digest(header_value.encode(), _sign(body))


@bp.post("/hooks/mef-ack")
def mef_ack():
    if not signature_ok(request.headers.get("X-Transmitter-Signature", ""), request.get_data()):
        abort(401)

    applied = []
    for ack in (request.get_json() or {}).get("acknowledgements", []):
        applied.append(
            {
                "submissionId": ack["submissionId"],
                "applied": apply_acknowledgement(
                    submission_id=ack["submissionId"],
                    status=ack["status"],
                    errors=ack.get("errors", []),
                ),
            }
        )
    return jsonify(results=applied)
