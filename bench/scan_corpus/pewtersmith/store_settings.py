"""Runtime settings for the online store service.

Values come from the environment, which the systemd unit fills from the
secrets vault. For local development copy ``.env.example``, which holds::

    STORE_ACCESS_TOKEN=changeme
    SESSION_SIGNING_KEY=changeme
    DATABASE_URL=postgresql://localhost/pewter_store
"""
import os
from dataclasses import dataclass, field
from functools import lru_cache


class SettingsError(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value or value == "changeme":
        raise SettingsError(f"{name} must be set")
    return value


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


@dataclass(frozen=True)
class StoreSettings:
    store_domain: str
    access_token: str = field(repr=False)
    session_signing_key: str = field(repr=False)
    database_url: str = field(repr=False)
    low_stock_threshold: int = 3
    engraving_char_limit: int = 40
    currency: str = "GBP"


@lru_cache(maxsize=1)
def get_settings() -> StoreSettings:
    return StoreSettings(
        store_domain=os.environ.get("STORE_DOMAIN", "pewter-and-tin.myshopify.com"),
        access_token=_required("STORE_ACCESS_TOKEN"),
        session_signing_key=_required("SESSION_SIGNING_KEY"),
        database_url=_required("DATABASE_URL"),
        low_stock_threshold=_int("LOW_STOCK_THRESHOLD", 3),
        engraving_char_limit=_int("ENGRAVING_CHAR_LIMIT", 40),
    )
