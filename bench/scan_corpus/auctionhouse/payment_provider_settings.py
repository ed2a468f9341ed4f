"""Settings for the card processor used for buyer invoices and deposit holds.

Secrets come from the environment (populated from the vault by the deploy
tooling); only names and non-secret options are defined here.
"""

import os
from dataclasses import dataclass

SECRET_ENV_VARS = {
    "api_key": "PAYMENTS_API_KEY",
    "webhook_secret": "PAYMENT_WEBHOOK_SECRET",
}

API_KEY_HEADER = "X-Api-Key"
WEBHOOK_SIGNATURE_HEADER = "X-Processor-Signature"
TOKEN_ENDPOINT_PATH = "/oauth2/token"


@dataclass(frozen=True)
class PaymentProviderSettings:
    api_base: str
    merchant_id: str
    api_key: str
    webhook_secret: str
    currency: str = "GBP"
    capture_deposits: bool = False
    deposit_hold_days: int = 7


def _secret(name: str) -> str:
    value = os.environ.get(SECRET_ENV_VARS[name], "")
    if not value:
        raise RuntimeError(f"{SECRET_ENV_VARS[name]} is not set")
    return value


def load_payment_settings() -> PaymentProviderSettings:
    return PaymentProviderSettings(
        api_base=os.environ["PAYMENTS_API_BASE"],
        merchant_id=os.environ["PAYMENTS_MERCHANT_ID"],
        api_key=_secret("api_key"),
        webhook_secret=_secret("webhook_secret"),
        currency=os.environ.get("PAYMENTS_CURRENCY", "GBP"),
        capture_deposits=os.environ.get("PAYMENTS_CAPTURE_DEPOSITS", "0") == "1",
        deposit_hold_days=int(os.environ.get("PAYMENTS_DEPOSIT_HOLD_DAYS", "7")),
    )
