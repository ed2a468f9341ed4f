"""Password handling for wholesale trade accounts: set, check and reset by admin."""
from __future__ import annotations

import logging
import secrets

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from osierbeds.mail import send_template
from osierbeds.models import WholesaleAccount

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 12
MIN_PASSWORD_LENGTH = 12


class PasswordRejected(ValueError):
    pass


class TradePasswords:
    def __init__(self, db: Session, rounds: int = BCRYPT_ROUNDS) -> None:
        self._db = db
        self._rounds = rounds

    def hash(self, password: str) -> bytes:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordRejected(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        if len(password.encode("utf-8")) > 72:
            raise PasswordRejected("password must be at most 72 bytes")
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._rounds))

    @staticmethod
    def verify(password: str, hashed: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), hashed)

    def _account(self, email: str) -> WholesaleAccount | None:
        stmt = select(WholesaleAccount).where(WholesaleAccount.email == email.strip().lower())
        return self._db.scalars(stmt).first()

    def set_password(self, account: WholesaleAccount, password: str) -> None:
        account.password_hash = self.hash(password)
        account.must_change_password = False
        self._db.commit()
        log.info("password set for trade account %s", account.id)

    def admin_reset(self, email: str) -> bool:
        """Give the account a random temporary password and email it to the contact."""
        account = self._account(email)
        if account is None:
            return False
        temporary = secrets.token_urlsafe(12)
        account.password_hash = bcrypt.hashpw(
            temporary.encode("utf-8"), bcrypt.gensalt(rounds=self._rounds)
        )
        account.must_change_password = True
        self._db.commit()
        send_template(
            to=account.email,
            template="trade_password_reset",
            context={"trading_name": account.trading_name, "temporary_password": temporary},
        )
        log.info("temporary password issued for trade account %s", account.id)
        return True
