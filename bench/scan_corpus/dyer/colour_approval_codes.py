"""One-time codes for buyers approving a bulk shade over the phone app.

Before a bulk lot is released for shipment the buyer confirms the shade.
The approval is bound to a six-digit code texted to the buyer's phone.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from dyer.repositories import ApprovalRepository
from dyer.sms import send_sms

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 5


@dataclass
class PendingApproval:
    lot_no: str
    buyer_id: int
    code: str
    expires_at: datetime
    tries: int = 0


class ApprovalCodeVerifier:
    def __init__(self, repo: ApprovalRepository):
        self.repo = repo

    def send(self, lot_no: str, buyer_id: int, phone: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.repo.save(PendingApproval(lot_no, buyer_id, code, datetime.now(timezone.utc) + CODE_TTL))
        send_sms(phone, f"Shade approval code for lot {lot_no}: {code}")

    def _matches(self, pending: PendingApproval, submitted: str) -> bool:
        return pending.code == submitted.strip()

    def confirm(self, lot_no: str, buyer_id: int, submitted: str) -> bool:
        pending = self.repo.load(lot_no, buyer_id)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return False
        if pending.tries >= MAX_TRIES:
            return False
        if not self._matches(pending, submitted):
            pending.tries += 1
            self.repo.save(pending)
            return False
        self.repo.delete(lot_no, buyer_id)
        self.repo.record_approval(lot_no, buyer_id, approved_at=datetime.now(timezone.utc))
        return True
