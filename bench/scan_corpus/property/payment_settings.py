"""Configuration for the rent payment integration, loaded once at process start."""
import os
from dataclasses import dataclass
from functools import lru_cache

STRIPE_SECRET_KEY_VAR = "STRIPE_SECRET_KEY"
STRIPE_WEBHOOK_SECRET_VAR = "STRIPE_WEBHOOK_SECRET"
STRIPE_API_VERSION = "2023-10-16"
LATE_FEE_GRACE_DAYS = 5


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class PaymentSettings:
    secret_key: str
    webhook_secret: str
    api_version: str = STRIPE_API_VERSION
    grace_days: int = LATE_FEE_GRACE_DAYS
    statement_descriptor: str = "RENT PAYMENT"

    def __repr__(self) -> str:
        return f"PaymentSettings(api_version={self.api_version!r}, grace_days={self.grace_days})"


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is not set")
    return value


@lru_cache(maxsize=1)
def get_payment_settings() -> PaymentSettings:
    secret_key = _required(STRIPE_SECRET_KEY_VAR)
    if not secret_key.startswith(("sk_live_", "sk_test_", "rk_live_", "rk_test_")):
        raise ConfigError(f"{STRIPE_SECRET_KEY_VAR} does not look like a Stripe secret key")
    return PaymentSettings(
        secret_key=secret_key,
        webhook_secret=_required(STRIPE_WEBHOOK_SECRET_VAR),
        grace_days=int(os.environ.get("LATE_FEE_GRACE_DAYS", LATE_FEE_GRACE_DAYS)),
    )


def configure_stripe() -> None:
    import stripe

    cfg = get_payment_settings()
    stripe.api_key = cfg.secret_key
    stripe.api_version = cfg.api_version
