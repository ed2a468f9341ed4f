"""Receives real-time dispatch instructions pushed by the ISO's notification service."""

import hashlib
import hmac
import logging
import os

from flask import Flask, abort, jsonify, request

from trading.dispatch import record_instruction

log = logging.getLogger("iso_dispatch")
app = Flask(__name__)

_SIGNING_KEY = os.environ["ISO_DISPATCH_SIGNING_KEY"].encode()


def _signature_ok(body: bytes, provided: str) -> bool:
    expected = hmac.new(_SIGNING_KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@app.post("/iso/dispatch")
def dispatch_instruction():
    provided = request.headers.get("X-ISO-Signature", "")
    if not _signature_ok(request.get_data(), provided):
        abort(401)
    instr = request.get_json(force=True)
    record_instruction(
        resource_id=instr["resourceId"],
        target_mw=float(instr["targetMW"]),
        effective_at=instr["effectiveTime"],
    )
    log.info("dispatch instruction for %s -> %s MW", instr["resourceId"], instr["targetMW"])
    return jsonify(status="accepted")
