"""Stripe webhook receiver for deposit refunds and disputes."""
import logging
import os

import stripe
from fastapi import APIRouter, Header, HTTPException, Request

from bookings.service import record_dispute, record_refund

logger = logging.getLogger("deposits.events")
router = APIRouter()


class WebhookConfig:
    def __init__(self) -> None:
        self.endpoint_secret = os.environ["STRIPE_REFUNDS_WEBHOOK_SECRET"]
        self.tolerance = int(os.environ.get("STRIPE_WEBHOOK_TOLERANCE", "300"))


config = WebhookConfig()


def _verify(payload: bytes, signature: str) -> stripe.Event:
    logger.debug("verifying webhook (%d bytes, tolerance=%ss)", len(payload), config.tolerance)
    return stripe.Webhook.construct_event(
        payload, signature, config.endpoint_secret, tolerance=config.tolerance
    )


@router.post("/webhooks/stripe/refunds")
async def stripe_refund_webhook(request: Request, stripe_signature: str = Header(...)):
    payload = await request.body()
    try:
        event = _verify(payload, stripe_signature)
    except (ValueError, stripe.error.SignatureVerificationError):
        logger.warning("rejected webhook with invalid signature from %s", request.client.host)
        raise HTTPException(status_code=400, detail="invalid webhook")

    obj = event["data"]["object"]
    if event["type"] == "charge.refunded":
        record_refund(obj["payment_intent"], obj["amount_refunded"])
    elif event["type"] == "charge.dispute.created":
        record_dispute(obj["payment_intent"], obj["reason"])
    logger.info("handled %s (%s)", event["type"], event["id"])
    return {"received": True}
