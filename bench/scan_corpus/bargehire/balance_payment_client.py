"""Client for the card payment provider used for hire balances.

The hire balance is due six weeks before departure. The reminder job calls
``create_payment_link`` and emails the link to the hirer; the webhook
receiver marks the booking paid when the provider confirms.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import requests

PAYWELL_API = "https://api.paywell.example/v3"
PAYWELL_SECRET_KEY = "pw_live_9c41e07b5d2a4f8e8b36a1d0c7f25e94"


@dataclass
class PaymentLink:
    id: str
    url: str
    amount: Decimal
    currency: str


class PaymentProviderError(RuntimeError):
    pass


class BalancePaymentClient:
    def __init__(self, api_base: str = PAYWELL_API, secret_key: str = PAYWELL_SECRET_KEY) -> None:
        self._base = api_base.rstrip("/")
        self._session = requests.Session()
        self._session.auth = (secret_key, "")
        self._session.headers["Idempotency-Version"] = "1"

    def _post(self, path: str, payload: dict, idempotency_key: str) -> dict:
        resp = self._session.post(
            f"{self._base}{path}",
            json=payload,
            headers={"Idempotency-Key": idempotency_key},
            timeout=15,
        )
        if resp.status_code >= 400:
            raise PaymentProviderError(f"{path} failed with HTTP {resp.status_code}")
        return resp.json()

    def create_payment_link(self, booking_ref: str, amount: Decimal, currency: str, email: str) -> PaymentLink:
        minor = int((amount * 100).quantize(Decimal("1")))
        data = self._post(
            "/payment_links",
            {
                "amount": minor,
                "currency": currency.lower(),
                "customer_email": email,
                "description": f"Hire balance {booking_ref}",
                "metadata": {"booking_ref": booking_ref},
            },
            idempotency_key=f"balance-{booking_ref}",
        )
        return PaymentLink(data["id"], data["url"], amount, currency)

    def refund(self, payment_id: str, amount: Decimal, reason: str) -> str:
        minor = int((amount * 100).quantize(Decimal("1")))
        data = self._post(
            "/refunds",
            {"payment": payment_id, "amount": minor, "reason": reason},
            idempotency_key=f"refund-{payment_id}-{minor}",
        )
        return data["id"]
