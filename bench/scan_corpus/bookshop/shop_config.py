"""Central configuration for bookshop services, read once at start-up.

Secrets live in the deployment's environment (populated from the secrets
manager); everything here is either non-sensitive or read from there.
"""
import os
from dataclasses import dataclass, field


def _required(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise RuntimeError(f"environment variable {name} is not set") from None


# Names only: the values are looked up at runtime.
API_KEY_HEADER = "X-Bookshop-Api-Key"
PASSWORD_RESET_TOKEN_TTL = 60 * 60
PASSWORD_MIN_LENGTH = 10
SECRET_ENV_VARS = ("SHOP_SECRET_KEY", "PAYMENTS_SECRET_KEY", "WATERMARK_KEY")


@dataclass(frozen=True)
class ShopConfig:
    secret_key: str
    payments_secret_key: str
    watermark_key: bytes
    database_url: str
    smtp_password: str = ""
    currency: str = "GBP"
    vat_rate_books: str = "0.00"
    vat_rate_ebooks: str = "0.00"
    free_shipping_threshold_pence: int = 2500
    feature_flags: dict[str, bool] = field(default_factory=dict)


def load() -> ShopConfig:
    return ShopConfig(
        secret_key=_required("SHOP_SECRET_KEY"),
        payments_secret_key=_required("PAYMENTS_SECRET_KEY"),
        watermark_key=bytes.fromhex(_required("WATERMARK_KEY")),
        database_url=_required("DATABASE_URL"),
        smtp_password=os.environ.get("SMTP_PASSWORD", ""),
        feature_flags={
            "gift_cards": os.environ.get("FEATURE_GIFT_CARDS", "1") == "1",
            "author_events": os.environ.get("FEATURE_AUTHOR_EVENTS", "1") == "1",
        },
    )
