"""Password reset for trade portal accounts.

A reset request stores an eight-character code which is e-mailed to the
account holder; the code must be entered on the reset form within an hour.
"""
from __future__ import annotations

import logging
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)

RESET_ALPHABET = string.ascii_uppercase + string.digits
RESET_TTL = timedelta(hours=1)


@dataclass
class ResetRequest:
    account_id: int
    code: str
    expires_at: datetime
    attempts: int = 0

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at

    def matches(self, supplied: str) -> bool:
        return not self.expired and self.code == supplied.strip().upper()


class ResetService:
    MAX_ATTEMPTS = 5

    def __init__(self, repo, mailer, password_store) -> None:
        self.repo = repo
        self.mailer = mailer
        self.password_store = password_store

    def start(self, email: str) -> None:
        account = self.repo.find_account_by_email(email)
        if account is None:
            return
        code = "".join(secrets.choice(RESET_ALPHABET) for _ in range(8))
        request = ResetRequest(account.id, code, datetime.now(timezone.utc) + RESET_TTL)
        self.repo.save_reset(request)
        self.mailer.send(
            to=account.email,
            template="trade_password_reset",
            context={"code": code, "account_no": account.account_no},
        )
        log.info("Password reset started for trade account %s", account.account_no)

    def complete(self, account_id: int, supplied_code: str, new_password: str) -> bool:
        request = self.repo.load_reset(account_id)
        if request is None or request.attempts >= self.MAX_ATTEMPTS:
            return False
        if not request.matches(supplied_code):
            request.attempts += 1
            self.repo.save_reset(request)
            return False
        self.password_store.set_password(account_id, new_password)
        self.repo.delete_reset(account_id)
        log.info("Password reset completed for account id %s", account_id)
        return True
