"""Verifies deposit-payment webhooks from the card processor and marks commissions paid."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, request
from sqlalchemy import text

log = logging.getLogger("harpmaker.payments")

bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class SignatureHeader:
    timestamp: int
    signatures: tuple[str, ...]

    @classmethod
    def parse(cls, header: str) -> "SignatureHeader":
        ts, sigs = None, []
        for part in header.split(","):
            key, _, value = part.strip().partition("=")
            if key == "t" and value.isdigit():
                ts = int(value)
            elif key == "v1":
                sigs.append(value)
        if ts is None or not sigs:
            raise ValueError("malformed signature header")
        return cls(ts, tuple(sigs))


def verify_signature(payload: bytes, header: str, secret: bytes) -> bool:
    parsed = SignatureHeader.parse(header)
    if abs(time.time() - parsed.timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{parsed.timestamp}.".encode("ascii") + payload
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in parsed.signatures)


@bp.post("/webhooks/payments")
def payment_webhook():
    payload = request.get_data(cache=False)
    header = request.headers.get("Payment-Signature", "")
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
    try:
        valid = verify_signature(payload, header, secret)
    except ValueError:
        valid = False
    if not valid:
        abort(400)
    event = json.loads(payload)
    if event.get("type") != "payment_intent.succeeded":
        return {"ignored": event.get("type")}
    intent = event["data"]["object"]
    commission_id = int(intent["metadata"]["commission_id"])
    with current_app.extensions["harp_db"].begin() as conn:
        conn.execute(
            text(
                "UPDATE commissions SET status = 'deposit_paid', deposit_ref = :ref "
                "WHERE id = :cid AND status = 'quoted'"
            ),
            {"ref": intent["id"], "cid": commission_id},
        )
    log.info("deposit received for commission %s", commission_id)
    return {"ok": True}
