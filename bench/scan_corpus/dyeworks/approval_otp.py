"""One-time codes that confirm a client's lab-dip approval.

Approving a shade commits the dye house to bulk production, so the client
confirms the approval with a six-digit code sent to their registered email.
"""
import secrets
import time
from dataclasses import dataclass
from typing import Dict, Tuple

CODE_TTL_SECONDS = 600
MAX_TRIES = 5


@dataclass
class PendingApproval:
    dip_id: int
    client_email: str
    code: str
    issued_at: float
    tries: int = 0


class ApprovalConfirmer:
    def __init__(self, mailer, approvals_repo):
        self.mailer = mailer
        self.repo = approvals_repo
        self._pending: Dict[Tuple[int, str], PendingApproval] = {}

    def start(self, dip_id: int, client_email: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self._pending[(dip_id, client_email)] = PendingApproval(
            dip_id, client_email, code, time.monotonic()
        )
        self.mailer.send(
            to=client_email,
            subject=f"Confirm approval of lab dip #{dip_id}",
            body=f"Your confirmation code is {code}. It expires in 10 minutes.",
        )

    def confirm(self, dip_id: int, client_email: str, submitted: str) -> bool:
        key = (dip_id, client_email)
        pending = self._pending.get(key)
        if pending is None:
            return False
        if time.monotonic() - pending.issued_at > CODE_TTL_SECONDS:
            del self._pending[key]
            return False
        pending.tries += 1
        if pending.tries > MAX_TRIES:
            del self._pending[key]
            return False
        if submitted.strip() == pending.code:
            del self._pending[key]
            self.repo.mark_approved(dip_id, approved_by=client_email)
            return True
        return False
