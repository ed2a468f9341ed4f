"""Encrypted storage of gateway packet-forwarder configs.

Keys come from GATEWAY_BACKUP_KEYS as a comma-separated list of Fernet keys,
newest first; older keys stay in the list until every backup has been
rotated onto the newest one.
"""

import json
import os
from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet


@lru_cache(maxsize=1)
def _vault() -> MultiFernet:
    keys = [k.strip() for k in os.environ["GATEWAY_BACKUP_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("GATEWAY_BACKUP_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


def seal_config(config: dict) -> bytes:
    return _vault().encrypt(json.dumps(config, sort_keys=True).encode())


def open_config(token: bytes, max_age_days: int | None = None) -> dict:
    ttl = max_age_days * 86400 if max_age_days else None
    return json.loads(_vault().decrypt(token, ttl=ttl))


def rotate(token: bytes) -> bytes:
    """Re-encrypt an existing backup under the newest key."""
    return _vault().rotate(token)
