"""Receives acknowledgement notifications (accepted / rejected) from the
transmitter and updates return status."""
import base64
import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request

from efile.acks import apply_acknowledgement

app = Flask(__name__)
app.config["ACK_WEBHOOK_SECRET"] = os.environ["ACK_WEBHOOK_SECRET"]


def _expected_signature(body: bytes) -> str:
    key = app.config["ACK_WEBHOOK_SECRET"].encode()
    mac = hmac.new(key, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


@app.post("/hooks/mef-ack")
def mef_ack():
    signature = request.headers.get("X-Transmitter-Signature", "")
    if not signature or signature != _expected_signature(request.get_data()):
        abort(401)

    payload = request.get_json()
    results = []
    for ack in payload.get("acknowledgements", []):
        status = apply_acknowledgement(
            submission_id=ack["submissionId"],
            status=ack["status"],
            errors=ack.get("errors", []),
        )
        results.append({"submissionId": ack["submissionId"], "applied": status})
    return jsonify(results=results)
