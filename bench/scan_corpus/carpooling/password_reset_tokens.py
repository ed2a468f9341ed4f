"""Password reset flow for riders and drivers."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from carpool.mail import send_template
from carpool.models import PasswordReset, User

RESET_TTL = timedelta(minutes=30)
_rng = random.Random()


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class PasswordResetService:
    def __init__(self, session: Session, base_url: str) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return "%032x" % _rng.getrandbits(128)

    def request_reset(self, email: str) -> None:
        user = self.session.scalars(select(User).where(User.email == email.lower())).first()
        if user is None:
            return
        token = self._new_token()
        self.session.execute(delete(PasswordReset).where(PasswordReset.user_id == user.id))
        self.session.add(
            PasswordReset(
                user_id=user.id,
                token_hash=_hash_token(token),
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        self.session.commit()
        send_template(
            user.email,
            "password_reset",
            {"name": user.first_name, "link": f"{self.base_url}/reset/{token}"},
        )

    def redeem(self, token: str) -> User | None:
        now = datetime.now(timezone.utc)
        reset = self.session.scalars(
            select(PasswordReset).where(
                PasswordReset.token_hash == _hash_token(token),
                PasswordReset.expires_at > now,
            )
        ).first()
        if reset is None:
            return None
        user = self.session.get(User, reset.user_id)
        self.session.delete(reset)
        self.session.commit()
        return user
