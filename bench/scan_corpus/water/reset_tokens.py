"""Password reset flow for the billing portal."""
import hashlib
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .mailer import send_template
from .models import PasswordReset, PortalUser

RESET_TTL = timedelta(minutes=30)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_reset_token(db: Session, user: PortalUser, portal_base_url: str) -> None:
    token = uuid.uuid1().hex
    db.add(
        PasswordReset(
            user_id=user.id,
            token_hash=_hash(token),
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
    )
    db.commit()
    send_template(
        to=user.email,
        template="password_reset",
        context={"link": f"{portal_base_url}/reset?token={token}", "minutes": 30},
    )


def redeem_reset_token(db: Session, token: str) -> PortalUser | None:
    reset = db.scalar(
        select(PasswordReset).where(
            PasswordReset.token_hash == _hash(token),
            PasswordReset.used_at.is_(None),
            PasswordReset.expires_at > datetime.now(timezone.utc),
        )
    )
    if reset is None:
        return None
    reset.used_at = datetime.now(timezone.utc)
    db.commit()
    return db.get(PortalUser, reset.user_id)
