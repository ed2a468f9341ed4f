"""Settings for the card payment gateway used for deposits and shop sales.

Secrets come from the process environment (populated by the deployment's
secret store); only non-secret values have defaults here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

API_VERSION = "2024-06-20"
DEFAULT_BASE_URL = "https://api.payments.example/v1"
SECRET_KEY_ENV = "PAYMENT_GATEWAY_SECRET_KEY"
WEBHOOK_SECRET_ENV = "PAYMENT_GATEWAY_WEBHOOK_SECRET"


class MissingSecret(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise MissingSecret(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class GatewaySettings:
    secret_key: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    currency: str = "EUR"
    deposit_fraction: Decimal = Decimal("0.30")

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            secret_key=_require(SECRET_KEY_ENV),
            webhook_secret=_require(WEBHOOK_SECRET_ENV),
            base_url=os.environ.get("PAYMENT_GATEWAY_URL", DEFAULT_BASE_URL),
            currency=os.environ.get("PAYMENT_CURRENCY", "EUR"),
        )


class DepositCharger:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.auth = (settings.secret_key, "")
        self._session.headers["Gateway-Version"] = API_VERSION

    def charge_deposit(self, booking_ref: str, total: Decimal, payment_method: str) -> str:
        amount = (total * self._settings.deposit_fraction).quantize(Decimal("0.01"))
        resp = self._session.post(
            f"{self._settings.base_url}/payment_intents",
            data={
                "amount": int(amount * 100),
                "currency": self._settings.currency.lower(),
                "payment_method": payment_method,
                "confirm": "true",
                "metadata[booking_ref]": booking_ref,
            },
            headers={"Idempotency-Key": f"deposit-{booking_ref}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["id"]
