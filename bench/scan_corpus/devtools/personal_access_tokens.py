"""Personal access tokens for the Git web UI API.

Tokens are 256-bit random strings. Only a SHA-256 digest is stored, so a
database dump does not contain usable tokens; lookups go through the digest.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AccessToken, User

TOKEN_PREFIX = "gtp_"
DEFAULT_LIFETIME = timedelta(days=90)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(db: Session, user: User, name: str, scopes: set[str],
                 lifetime: timedelta = DEFAULT_LIFETIME) -> str:
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.add(
        AccessToken(
            user_id=user.id,
            name=name,
            scopes=",".join(sorted(scopes)),
            token_digest=_digest(raw),
            expires_at=datetime.now(timezone.utc) + lifetime,
        )
    )
    db.commit()
    return raw


def authenticate(db: Session, presented: str) -> User | None:
    if not presented.startswith(TOKEN_PREFIX):
        return None
    stmt = select(AccessToken).where(AccessToken.token_digest == _digest(presented))
    record = db.scalars(stmt).first()
    now = datetime.now(timezone.utc)
    if record is None or record.revoked or record.expires_at <= now:
        return None
    record.last_used_at = now
    db.commit()
    return record.user


def revoke(db: Session, user: User, token_id: int) -> bool:
    record = db.get(AccessToken, token_id)
    if record is None or record.user_id != user.id:
        return False
    record.revoked = True
    db.commit()
    return True
