"""Session tokens for the defendant check-in API.

After a defendant unlocks the app with their passcode, the API hands out a
bearer token that the app sends with every GPS ping and selfie upload.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

import redis
from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel

from .passcodes import CheckinPasscodeStore, get_passcode_store
from .settings import get_settings

router = APIRouter(prefix="/checkin/session", tags=["checkin"])

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 40
SESSION_TTL = timedelta(hours=12)


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def _redis() -> redis.Redis:
    return redis.Redis.from_url(get_settings().redis_url, decode_responses=True)


class UnlockRequest(BaseModel):
    defendant_id: int
    passcode: str
    device_id: str


class SessionOut(BaseModel):
    token: str
    expires_at: datetime


@router.post("", response_model=SessionOut)
def open_session(body: UnlockRequest, store: CheckinPasscodeStore = Depends(get_passcode_store)):
    if not store.verify(body.defendant_id, body.passcode):
        raise HTTPException(status_code=401, detail="passcode rejected")
    token = _new_token()
    expires = datetime.now(timezone.utc) + SESSION_TTL
    r = _redis()
    r.hset(f"checkin:session:{token}", mapping={
        "defendant_id": body.defendant_id,
        "device_id": body.device_id,
    })
    r.expire(f"checkin:session:{token}", int(SESSION_TTL.total_seconds()))
    return SessionOut(token=token, expires_at=expires)


def current_defendant(authorization: str = Header(...)) -> int:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    defendant_id = _redis().hget(f"checkin:session:{token}", "defendant_id")
    if defendant_id is None:
        raise HTTPException(status_code=401, detail="session expired")
    return int(defendant_id)


@router.delete("")
def close_session(authorization: str = Header(...)):
    _, _, token = authorization.partition(" ")
    _redis().delete(f"checkin:session:{token}")
    return {"closed": True}
