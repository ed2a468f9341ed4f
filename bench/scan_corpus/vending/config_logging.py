"""Load the settlement service config and log what was loaded, with credentials masked."""

import logging
import os
from typing import Any

log = logging.getLogger(__name__)

SENSITIVE_MARKERS = ("password", "secret", "token", "api_key", "apikey", "private_key")


def _is_sensitive(key: str) -> bool:
    k = key.lower()
    return any(marker in k for marker in SENSITIVE_MARKERS)


def redact(cfg: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in cfg.items():
        if isinstance(value, dict):
            out[key] = redact(value)
        elif _is_sensitive(key):
            out[key] = "***" if value else ""
        else:
            out[key] = value
    return out


def load_settlement_config() -> dict[str, Any]:
    cfg = {
        "api_url": os.environ["SETTLEMENT_API_URL"],
        "client_id": os.environ["SETTLEMENT_CLIENT_ID"],
        "client_secret": os.environ["SETTLEMENT_CLIENT_SECRET"],
        "batch_cutoff": os.environ.get("SETTLEMENT_CUTOFF", "23:30"),
        "db": {
            "host": os.environ["SETTLEMENT_DB_HOST"],
            "user": os.environ["SETTLEMENT_DB_USER"],
            "password": os.environ["SETTLEMENT_DB_PASSWORD"],
        },
    }
    log.info("settlement config loaded: %s", redact(cfg))
    return cfg
