"""Password-reset links for guest-portal accounts.

The e-mailed link carries a random token; only its SHA-256 digest is stored,
so a database leak does not hand out working reset links. Tokens are single
use and expire after 30 minutes.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .models import GuestAccount, PasswordResetToken

TOKEN_BYTES = 32
TOKEN_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_reset_token(db: Session, account: GuestAccount) -> str:
    """Create a reset token for ``account`` and return the raw value for the e-mail."""
    db.execute(delete(PasswordResetToken).where(PasswordResetToken.account_id == account.id))
    token = secrets.token_urlsafe(TOKEN_BYTES)
    db.add(
        PasswordResetToken(
            account_id=account.id,
            token_hash=_digest(token),
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
    )
    db.commit()
    return token


def consume_reset_token(db: Session, token: str) -> GuestAccount | None:
    """Return the account the token belongs to and invalidate it, or None."""
    row = db.scalar(select(PasswordResetToken).where(PasswordResetToken.token_hash == _digest(token)))
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    account = db.get(GuestAccount, row.account_id)
    db.delete(row)
    db.commit()
    return account
