"""Password reset tokens for the public API (ACC-233).

``POST /auth/password-reset`` issues a token, ``POST /auth/password-reset/confirm``
consumes it. Reset tokens are 256-bit random values, so a plain SHA-256
digest is enough for lookup; user passwords are hashed with Argon2id.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.models import PasswordReset, User

TOKEN_BYTES = 32
TOKEN_TTL = timedelta(minutes=30)

password_hasher = PasswordHasher()


def _lookup_key(token: str) -> str:
    """Digest used as the primary key of ``password_resets``."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_reset_token(db: Session, user: User) -> str:
    """Create a reset token for ``user``; the caller emails it."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    db.add(
        PasswordReset(
            id=_lookup_key(token),
            user_id=user.id,
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
    )
    db.commit()
    return token


def confirm_reset(db: Session, token: str, new_password: str) -> bool:
    """Apply ``new_password`` if ``token`` is valid and unused."""
    reset = db.get(PasswordReset, _lookup_key(token))
    now = datetime.now(timezone.utc)
    if reset is None or reset.used_at is not None or reset.expires_at < now:
        return False

    user = db.get(User, reset.user_id)
    user.password_hash = password_hasher.hash(new_password)
    reset.used_at = now
    # invalidate any other outstanding tokens for this user
    db.execute(
        update(PasswordReset)
        .where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None))
        .values(used_at=now)
    )
    db.commit()
    return True


def check_password(db: Session, email: str, password: str) -> User | None:
    """Return the user when ``password`` matches, upgrading old hashes."""
    user = db.scalar(select(User).where(User.email == email.lower()))
    if user is None:
        return None
    try:
        password_hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if password_hasher.check_needs_rehash(user.password_hash):
        user.password_hash = password_hasher.hash(password)
        db.commit()
    return user
