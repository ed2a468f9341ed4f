"""Login for vessel masters and pursers ordering through the crew app.

Masters approve provisioning orders raised by the cook or chief steward, so
each vessel account has its own credentials separate from the agent portal.
"""
from __future__ import annotations

import hashlib
import time

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel

from chandler.crewapp.deps import get_vessel_repo, issue_session
from chandler.crewapp.repo import VesselAccountRepo

router = APIRouter(prefix="/crew/auth")
_hasher = PasswordHasher()
_recent_failures: dict[str, list[float]] = {}


class LoginRequest(BaseModel):
    imo_number: str
    username: str
    password: str


def _throttle_key(imo: str, username: str) -> str:
    return hashlib.sha256(f"{imo}:{username.lower()}".encode()).hexdigest()


def _too_many_failures(key: str, window: float = 900.0, limit: int = 5) -> bool:
    now = time.monotonic()
    recent = [t for t in _recent_failures.get(key, []) if now - t < window]
    _recent_failures[key] = recent
    return len(recent) >= limit


def hash_new_password(password: str) -> str:
    return _hasher.hash(password)


@router.post("/login")
def login(body: LoginRequest, repo: VesselAccountRepo = Depends(get_vessel_repo)):
    key = _throttle_key(body.imo_number, body.username)
    if _too_many_failures(key):
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "try again later")
    account = repo.find(body.imo_number, body.username)
    if account is None:
        _recent_failures.setdefault(key, []).append(time.monotonic())
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    try:
        _hasher.verify(account.password_hash, body.password)
    except (VerifyMismatchError, InvalidHashError):
        _recent_failures.setdefault(key, []).append(time.monotonic())
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if _hasher.check_needs_rehash(account.password_hash):
        repo.update_password_hash(account.id, hash_new_password(body.password))
    return {"session": issue_session(account)}
