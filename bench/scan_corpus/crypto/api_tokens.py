"""Personal access tokens for the developer API (FastAPI dependency + helpers)."""
import hashlib
import secrets
from datetime import datetime, timezone

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import AccessToken

TOKEN_PREFIX = "pat_"
bearer = HTTPBearer(auto_error=False)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def mint_token(db: Session, user_id: int, name: str, scopes: list[str]) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.add(
        AccessToken(
            user_id=user_id,
            name=name,
            scopes=" ".join(sorted(set(scopes))),
            token_hash=_token_hash(token),
            hint=token[-4:],
            created_at=datetime.now(timezone.utc),
        )
    )
    db.commit()
    return token


def current_token(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
    db: Session = Depends(get_db),
) -> AccessToken:
    if creds is None or not creds.credentials.startswith(TOKEN_PREFIX):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="missing token")
    row = db.scalars(
        select(AccessToken).where(
            AccessToken.token_hash == _token_hash(creds.credentials),
            AccessToken.revoked_at.is_(None),
        )
    ).first()
    if row is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    return row
