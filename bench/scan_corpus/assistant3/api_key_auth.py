"""API key authentication for the reporting API (keys are stored hashed)."""
from __future__ import annotations

import hashlib
import hmac

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from reporting.db import get_session
from reporting.models import ApiKey


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


def require_api_key(
    x_api_key: str = Header(..., alias="X-Api-Key"),
    db: Session = Depends(get_session),
) -> ApiKey:
    prefix = x_api_key[:8]
    record = db.scalar(select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.revoked.is_(False)))
    if record is None or not hmac.compare_digest(record.key_hash, _digest(x_api_key)):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
    return record
