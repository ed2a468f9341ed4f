"""Personal access tokens for the developer API."""
import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from devapi.db import TokenRecord, session_scope

log = logging.getLogger(__name__)

TOKEN_PREFIX = "dpat_"
DEFAULT_TTL = timedelta(days=90)


@dataclass(frozen=True)
class IssuedToken:
    token_id: int
    value: str
    expires_at: datetime


def _digest(value: str) -> str:
    # tokens are 256-bit random values, so a plain digest is enough for lookup
    return hashlib.sha256(value.encode()).hexdigest()


def issue_token(user_id: int, name: str, scopes: list[str], ttl: timedelta = DEFAULT_TTL) -> IssuedToken:
    value = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires_at = datetime.now(timezone.utc) + ttl
    with session_scope() as s:
        record = TokenRecord(
            user_id=user_id,
            name=name,
            scopes=",".join(scopes),
            digest=_digest(value),
            expires_at=expires_at,
        )
        s.add(record)
        s.flush()
        token_id = record.id
    log.info("issued token id=%s name=%r scopes=%s for user %s", token_id, name, scopes, user_id)
    return IssuedToken(token_id=token_id, value=value, expires_at=expires_at)


def revoke_token(user_id: int, token_id: int) -> bool:
    with session_scope() as s:
        record = s.get(TokenRecord, token_id)
        if record is None or record.user_id != user_id:
            return False
        record.revoked_at = datetime.now(timezone.utc)
    log.info("revoked token id=%s for user %s", token_id, user_id)
    return True
