"""Authenticates dipwell loggers posting readings to the ingest API.

Logger keys look like ``dw_<prefix>_<secret>``. The prefix identifies the
key row; the secret part is checked against the stored HMAC of the key.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, HTTPException
from sqlalchemy import text
from sqlalchemy.engine import Connection

from .db import get_connection

KEY_HMAC_SECRET = os.environ["LOGGER_KEY_HMAC_SECRET"].encode()


@dataclass(frozen=True)
class LoggerIdentity:
    key_id: int
    dipwell_code: str


def _key_mac(api_key: str) -> str:
    return hmac.new(KEY_HMAC_SECRET, api_key.encode("ascii"), hashlib.sha256).hexdigest()


def _split(api_key: str) -> Optional[str]:
    parts = api_key.split("_")
    if len(parts) != 3 or parts[0] != "dw" or len(parts[1]) != 8:
        return None
    return parts[1]


def authenticate_logger(
    x_logger_key: str = Header(...), conn: Connection = Depends(get_connection)
) -> LoggerIdentity:
    prefix = _split(x_logger_key)
    if prefix is None:
        raise HTTPException(status_code=401, detail="malformed key")
    row = conn.execute(
        text(
            "SELECT id, dipwell_code, key_mac FROM logger_keys "
            "WHERE key_prefix = :p AND revoked_at IS NULL"
        ),
        {"p": prefix},
    ).first()
    if row is None:
        raise HTTPException(status_code=401, detail="unknown key")
    if not hmac.compare_digest(row.key_mac, _key_mac(x_logger_key)):
        raise HTTPException(status_code=401, detail="unknown key")
    return LoggerIdentity(key_id=row.id, dipwell_code=row.dipwell_code)
