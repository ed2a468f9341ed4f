"""Stripe settings and webhook handling for commission deposits."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

import stripe
from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)
app = Flask(__name__)

STRIPE_API_VERSION = "2024-06-20"
DEPOSIT_METADATA_KEY = "commission_id"


@dataclass(frozen=True)
class StripeSettings:
    secret_key: str
    webhook_secret: str
    currency: str = "gbp"

    @classmethod
    def from_env(cls) -> "StripeSettings":
        return cls(
            secret_key=os.environ["STRIPE_SECRET_KEY"],
            webhook_secret=os.environ["STRIPE_WEBHOOK_SECRET"],
            currency=os.environ.get("STRIPE_CURRENCY", "gbp"),
        )


@lru_cache(maxsize=1)
def settings() -> StripeSettings:
    cfg = StripeSettings.from_env()
    stripe.api_key = cfg.secret_key
    stripe.api_version = STRIPE_API_VERSION
    return cfg


def mark_deposit_paid(commission_id: int, amount_minor: int) -> None:
    log.info("deposit of %d received for commission %s", amount_minor, commission_id)


@app.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, settings().webhook_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        commission = session.get("metadata", {}).get(DEPOSIT_METADATA_KEY)
        if commission and session.get("payment_status") == "paid":
            mark_deposit_paid(int(commission), int(session["amount_total"]))
    return jsonify(received=True)
