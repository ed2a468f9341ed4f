"""One-time code confirmation for large tag account top-ups.

Top-ups above the configured threshold require the motorist to confirm a
six-digit code sent by SMS before the card is charged.
"""
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from tollkeeper.config import settings
from tollkeeper.payments import charge_saved_card
from tollkeeper.repositories import pending_topups


@dataclass
class PendingTopUp:
    reference: str
    account_id: int
    amount_cents: int
    otp_code: str
    created_at: datetime
    attempts: int = 0

    def expired(self) -> bool:
        ttl = timedelta(seconds=settings.TOPUP_OTP_TTL_SECONDS)
        return datetime.now(timezone.utc) - self.created_at > ttl

    def matches(self, submitted: str) -> bool:
        return self.otp_code == submitted.strip()


class TopUpConfirmationError(Exception):
    pass


def confirm_topup(reference: str, account_id: int, submitted_code: str) -> str:
    pending: PendingTopUp | None = pending_topups.load(reference)
    if pending is None or pending.account_id != account_id:
        raise TopUpConfirmationError("unknown top-up")
    if pending.expired() or pending.attempts >= 3:
        pending_topups.discard(reference)
        raise TopUpConfirmationError("code expired")
    if not pending.matches(submitted_code):
        pending.attempts += 1
        pending_topups.save(pending)
        raise TopUpConfirmationError("incorrect code")
    pending_topups.discard(reference)
    receipt = charge_saved_card(account_id=account_id, amount_cents=pending.amount_cents)
    return receipt.transaction_id
