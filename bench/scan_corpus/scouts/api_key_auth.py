"""API key check for the district reporting API."""

from __future__ import annotations

import os
import secrets

from fastapi import Header, HTTPException

SCHEME = "ApiKey"


def _configured_keys() -> dict[str, bytes]:
    raw = os.environ.get("REPORTING_API_KEYS", "")
    pairs = (item.split(":", 1) for item in raw.split(";") if ":" in item)
    return {district: key.encode() for district, key in pairs}


_KEYS = _configured_keys()


def _key_ok(district: str, presented: str) -> bool:
    expected = _KEYS.get(district)
    if expected is None:
        return False
    return secrets.compare_digest(presented.encode(), expected)


def require_district(
    authorization: str = Header(default=""),
    x_district: str = Header(default=""),
) -> str:
    scheme, _, presented = authorization.partition(" ")
    if scheme != SCHEME or not presented or not _key_ok(x_district, presented):
        raise HTTPException(status_code=401, detail="Invalid API key", headers={"WWW-Authenticate": SCHEME})
    return x_district
