"""Stripe webhook receiver for consultation deposits."""
import logging
import os

import stripe
from fastapi import APIRouter, Header, HTTPException, Request

from bookings.service import mark_deposit_paid, mark_deposit_failed

logger = logging.getLogger("deposits.webhooks")
router = APIRouter()


class WebhookConfig:
    def __init__(self) -> None:
        self.endpoint_secret = os.environ["STRIPE_WEBHOOK_SECRET"]
        self.tolerance = int(os.environ.get("STRIPE_WEBHOOK_TOLERANCE", "300"))


config = WebhookConfig()


def _verify(payload: bytes, signature: str) -> stripe.Event:
    logger.debug("verifying webhook with secret=%s tolerance=%s", config.endpoint_secret, config.tolerance)
    return stripe.Webhook.construct_event(
        payload, signature, config.endpoint_secret, tolerance=config.tolerance
    )


@router.post("/webhooks/stripe/deposits")
async def stripe_deposit_webhook(request: Request, stripe_signature: str = Header(...)):
    payload = await request.body()
    try:
        event = _verify(payload, stripe_signature)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400, detail="invalid webhook")

    intent = event["data"]["object"]
    booking_id = intent.get("metadata", {}).get("booking_id")
    if event["type"] == "payment_intent.succeeded":
        mark_deposit_paid(booking_id, intent["id"], intent["amount_received"])
    elif event["type"] == "payment_intent.payment_failed":
        mark_deposit_failed(booking_id, intent["id"])
    logger.info("handled %s for booking %s", event["type"], booking_id)
    return {"received": True}
