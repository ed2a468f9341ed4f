"""Payment provider webhook for the retail web shop.

The card processor posts payment events (authorised, captured, refunded) to
this endpoint. Each request carries an HMAC-SHA256 of the raw body in the
``X-Payhook-Signature`` header, keyed with the shared webhook secret.
"""
import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Header, HTTPException, Request

from saltboiler.config import settings
from saltboiler.shop.orders import mark_paid, mark_refunded

logger = logging.getLogger(__name__)
router = APIRouter()

HANDLERS = {
    "payment.captured": mark_paid,
    "payment.refunded": mark_refunded,
}


def compute_signature(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@router.post("/webhooks/payments")
async def payment_event(request: Request, x_payhook_signature: str = Header(default="")):
    body = await request.body()
    expected = compute_signature(body, settings.PAYHOOK_SECRET)
    if expected != x_payhook_signature.lower():
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        logger.info("ignoring payment event type %s", event.get("type"))
        return {"status": "ignored"}

    order_ref = event["data"]["metadata"]["order_ref"]
    await handler(order_ref, amount_minor=event["data"]["amount"])
    logger.info("processed %s for order %s", event["type"], order_ref)
    return {"status": "ok"}
