"""Takes tour deposits through the card payment provider's REST API."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)

PAYMENTS_API_URL = os.environ["PAYMENTS_API_URL"]
MERCHANT_ID = os.environ["PAYMENTS_MERCHANT_ID"]
MERCHANT_SECRET = "mk_live_9c41e07d2bb84f6a8e3f51c0d7a29b64"


@dataclass
class DepositRequest:
    booking_ref: str
    amount: Decimal
    currency: str
    customer_email: str
    return_url: str


class PaymentProviderClient:
    def __init__(self, session: requests.Session | None = None):
        self._session = session or requests.Session()
        self._session.auth = (MERCHANT_ID, MERCHANT_SECRET)
        self._session.headers["Accept"] = "application/json"

    def create_deposit(self, req: DepositRequest) -> str:
        """Creates a hosted checkout for the deposit and returns its redirect URL."""
        payload = {
            "merchant_reference": req.booking_ref,
            "amount_minor": int(req.amount * 100),
            "currency": req.currency,
            "customer": {"email": req.customer_email},
            "return_url": req.return_url,
            "description": f"Deposit for cycle tour {req.booking_ref}",
        }
        resp = self._session.post(
            f"{PAYMENTS_API_URL}/checkouts",
            json=payload,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        log.info("created checkout %s for booking %s", body["id"], req.booking_ref)
        return body["redirect_url"]

    def refund(self, payment_id: str, amount: Decimal) -> str:
        resp = self._session.post(
            f"{PAYMENTS_API_URL}/payments/{payment_id}/refunds",
            json={"amount_minor": int(amount * 100)},
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["refund_id"]

    def payment_status(self, payment_id: str) -> str:
        resp = self._session.get(f"{PAYMENTS_API_URL}/payments/{payment_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()["status"]
