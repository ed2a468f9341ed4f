"""Client for the card provider: refunds of deposits after a clean collection."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments.refunds")


@dataclass(frozen=True)
class ProviderCredentials:
    api_url: str
    secret_key: str

    @classmethod
    def from_env(cls) -> "ProviderCredentials":
        return cls(os.environ["PAYMENTS_API_URL"], os.environ["PAYMENTS_SECRET_KEY"])

    @property
    def key_hint(self) -> str:
        return f"{self.secret_key[:7]}...{self.secret_key[-4:]}"


class RefundError(RuntimeError):
    pass


class PaymentProviderClient:
    def __init__(self, creds: ProviderCredentials) -> None:
        self._creds = creds
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {creds.secret_key}"

    def refund_deposit(self, payment_id: str, amount: Decimal, booking_ref: str) -> str:
        idempotency_key = str(uuid.uuid4())
        log.info(
            "refunding %s on payment %s for booking %s (key %s)",
            amount,
            payment_id,
            booking_ref,
            self._creds.key_hint,
        )
        resp = self._session.post(
            f"{self._creds.api_url}/v1/refunds",
            json={"payment": payment_id, "amount": int(amount * 100), "reason": "deposit_return"},
            headers={"Idempotency-Key": idempotency_key},
            timeout=15,
        )
        if resp.status_code >= 400:
            log.warning("refund for booking %s failed: HTTP %s", booking_ref, resp.status_code)
            raise RefundError(f"refund failed for booking {booking_ref}")
        refund_id = resp.json()["id"]
        log.info("refund %s created for booking %s", refund_id, booking_ref)
        return refund_id
