"""Payment processor settings for ticketing and membership checkout."""
import os
from dataclasses import dataclass

API_VERSION = "2024-06-20"
WEBHOOK_SIGNATURE_HEADER = "Stripe-Signature"
SECRET_KEY_ENV = "STRIPE_SECRET_KEY"
WEBHOOK_SECRET_ENV = "STRIPE_WEBHOOK_SECRET"
PUBLISHABLE_KEY_ENV = "STRIPE_PUBLISHABLE_KEY"


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} must be set")
    return value


@dataclass(frozen=True)
class PaymentSettings:
    secret_key: str
    webhook_secret: str
    publishable_key: str
    api_version: str = API_VERSION
    currency: str = "gbp"

    @classmethod
    def load(cls) -> "PaymentSettings":
        return cls(
            secret_key=_required(SECRET_KEY_ENV),
            webhook_secret=_required(WEBHOOK_SECRET_ENV),
            publishable_key=_required(PUBLISHABLE_KEY_ENV),
        )

    def __repr__(self) -> str:
        return f"PaymentSettings(api_version={self.api_version!r}, currency={self.currency!r})"
