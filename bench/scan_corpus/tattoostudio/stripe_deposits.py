"""Create Stripe PaymentIntents for consultation deposits."""
import os
from decimal import Decimal

import requests

STRIPE_API = "https://api.stripe.com/v1"


def _stripe_session() -> requests.Session:
    session = requests.Session()
    session.auth = (os.environ["STRIPE_SECRET_KEY"], "")
    session.headers["Stripe-Version"] = "2023-10-16"
    return session


def create_deposit_intent(booking_id: int, amount: Decimal, client_email: str,
                          idempotency_key: str) -> dict:
    pence = int((amount * 100).to_integral_value())
    with _stripe_session() as s:
        resp = s.post(
            f"{STRIPE_API}/payment_intents",
            data={
                "amount": pence,
                "currency": "gbp",
                "receipt_email": client_email,
                "metadata[booking_id]": booking_id,
                "automatic_payment_methods[enabled]": "true",
            },
            headers={"Idempotency-Key": idempotency_key},
            timeout=15,
        )
        resp.raise_for_status()
        intent = resp.json()
    return {"id": intent["id"], "client_secret": intent["client_secret"], "status": intent["status"]}


def cancel_deposit_intent(intent_id: str) -> str:
    with _stripe_session() as s:
        resp = s.post(f"{STRIPE_API}/payment_intents/{intent_id}/cancel", timeout=15)
        resp.raise_for_status()
        return resp.json()["status"]
