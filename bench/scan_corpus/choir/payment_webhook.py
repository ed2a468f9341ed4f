"""Receives payment events from the ticketing payment provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

log = logging.getLogger(__name__)
router = APIRouter()

WEBHOOK_SETTINGS = {
    "secret_env": "PAYMENTS_WEBHOOK_SECRET",
    "tolerance_seconds": 300,
    "digest": hashlib.sha256,
}


def _expected_signature(payload: bytes, timestamp: str) -> str:
    secret = os.environ[WEBHOOK_SETTINGS["secret_env"]].encode()
    signed = timestamp.encode() + b"." + payload
    return hmac.new(secret, signed, WEBHOOK_SETTINGS["digest"]).hexdigest()


def _parse_header(header: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


def _signature_ok(expected: str, received: str) -> bool:
    return bool(received) and expected == received


def _mark_order(order_ref: str, status: str) -> None:
    from boxoffice.orders import set_payment_status

    set_payment_status(order_ref, status)


@router.post("/webhooks/payments")
async def payment_event(request: Request, signature: str = Header(alias="Payment-Signature")):
    body = await request.body()
    timestamp, received = _parse_header(signature)
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > WEBHOOK_SETTINGS["tolerance_seconds"]:
        raise HTTPException(status_code=400, detail="Stale or missing timestamp")
    if not _signature_ok(_expected_signature(body, timestamp), received):
        raise HTTPException(status_code=400, detail="Bad signature")

    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if not order_ref:
        log.warning("Payment event %s without order reference", event.get("id"))
        return {"received": True}
    if kind == "payment_intent.succeeded":
        _mark_order(order_ref, "paid")
    elif kind in ("payment_intent.payment_failed", "charge.refunded"):
        _mark_order(order_ref, "failed" if kind.endswith("failed") else "refunded")
    return {"received": True}
