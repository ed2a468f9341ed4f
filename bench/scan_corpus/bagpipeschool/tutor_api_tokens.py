"""Personal API tokens for tutors (used by the practice-log mobile app).

Tokens look like ``bps_<id>_<secret>``.  Only a SHA-256 of the secret part is
stored, so a database leak does not expose usable tokens.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import TutorToken

PREFIX = "bps"


@dataclass
class IssuedToken:
    token_id: int
    plaintext: str


def _digest(secret_part: str) -> str:
    return hashlib.sha256(secret_part.encode("utf-8")).hexdigest()


def issue_token(db: Session, tutor_id: int, label: str) -> IssuedToken:
    secret_part = secrets.token_urlsafe(32)
    row = TutorToken(tutor_id=tutor_id, label=label, secret_sha256=_digest(secret_part))
    db.add(row)
    db.flush()
    return IssuedToken(row.id, f"{PREFIX}_{row.id}_{secret_part}")


class TokenChecker:
    @staticmethod
    def matches(stored_digest: str, secret_part: str) -> bool:
        return secrets.compare_digest(stored_digest, _digest(secret_part))


def current_tutor(
    authorization: str = Header(default=""),
    db: Session = Depends(get_session),
) -> int:
    scheme, _, token = authorization.partition(" ")
    parts = token.split("_", 2)
    if scheme.lower() != "bearer" or len(parts) != 3 or parts[0] != PREFIX:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    _, token_id, secret_part = parts
    if not token_id.isdigit():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")
    row = db.scalar(
        select(TutorToken).where(TutorToken.id == int(token_id), TutorToken.revoked.is_(False))
    )
    if row is None or not TokenChecker.matches(row.secret_sha256, secret_part):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return row.tutor_id
