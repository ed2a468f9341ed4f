"""Receives payment provider webhooks for online shop and wholesale invoice payments."""

import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Header, HTTPException, Request

from toyshop.config import settings
from toyshop.orders import mark_invoice_paid, mark_order_paid

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/webhooks")


def _signing_secrets() -> list[bytes]:
    secrets = [settings.payments_webhook_secret]
    if settings.payments_webhook_secret_previous:
        secrets.append(settings.payments_webhook_secret_previous)
    return [s.encode() for s in secrets]


def _expected_signatures(timestamp: str, body: bytes) -> set[str]:
    signed = timestamp.encode() + b"." + body
    return {hmac.new(key, signed, hashlib.sha256).hexdigest() for key in _signing_secrets()}


@router.post("/payments")
async def payments_webhook(
    request: Request,
    x_pay_timestamp: str = Header(...),
    x_pay_signature: str = Header(...),
):
    body = await request.body()
    if x_pay_signature not in _expected_signatures(x_pay_timestamp, body):
        raise HTTPException(status_code=400, detail="bad signature")

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        reference = data.get("reference", "")
        if reference.startswith("INV-"):
            await mark_invoice_paid(reference, data["amount"])
        else:
            await mark_order_paid(reference, data["amount"])
    else:
        logger.info("ignoring payment event %s", kind)
    return {"received": True}
