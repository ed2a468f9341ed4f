"""Two-step confirmation for changing a maker's payout bank account.

Changing where payouts go is sensitive, so the studio emails a one-time
confirmation code to the maker and only applies the change once they enter
it back.  The pending change lives on the workflow object between steps.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CONFIRMATION_TTL = timedelta(minutes=20)
MAX_ATTEMPTS = 5


@dataclass
class PendingPayoutChange:
    maker_id: int
    iban: str
    account_name: str
    requested_at: datetime


class PayoutAccountChange:
    def __init__(self, mailer, repository) -> None:
        self._mailer = mailer
        self._repo = repository
        self._pending: PendingPayoutChange | None = None
        self._code: str | None = None
        self._attempts = 0

    def request(self, maker_id: int, iban: str, account_name: str) -> None:
        self._pending = PendingPayoutChange(
            maker_id=maker_id,
            iban=iban.replace(" ", "").upper(),
            account_name=account_name.strip(),
            requested_at=datetime.now(timezone.utc),
        )
        self._code = f"{secrets.randbelow(10**8):08d}"
        self._attempts = 0
        email = self._repo.maker_email(maker_id)
        self._mailer.send(
            to=email,
            subject="Confirm your new payout account",
            body=f"Enter {self._code} to confirm payouts to the account ending {iban[-4:]}.",
        )

    def _expired(self) -> bool:
        assert self._pending is not None
        return datetime.now(timezone.utc) - self._pending.requested_at > CONFIRMATION_TTL

    def confirm(self, entered_code: str) -> bool:
        if self._pending is None or self._code is None or self._expired():
            return False
        self._attempts += 1
        if self._attempts > MAX_ATTEMPTS:
            self._code = None
            return False
        if entered_code.strip() != self._code:
            return False
        self._repo.update_payout_account(
            self._pending.maker_id, self._pending.iban, self._pending.account_name
        )
        self._pending = None
        self._code = None
        return True
