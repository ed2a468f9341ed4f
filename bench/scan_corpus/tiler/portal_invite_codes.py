"""Invite codes for the customer portal.

When a job is booked the office prints an invite code on the confirmation
letter. The homeowner enters it on the portal sign-up page to link their new
account to the job and see photos, tile choices and invoices.
"""
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
GROUP_LEN = 4


@dataclass
class Invite:
    job_ref: str
    code: str
    valid_until: date
    redeemed: bool = False


class InviteCodeIssuer:
    """Issues and redeems portal invite codes for booked jobs."""

    def __init__(self, repo, validity_days: int = 60):
        self.repo = repo
        self.validity = timedelta(days=validity_days)
        self._rng = random.Random()

    def _group(self) -> str:
        return "".join(self._rng.choice(CODE_CHARS) for _ in range(GROUP_LEN))

    def _code(self) -> str:
        return "-".join(self._group() for _ in range(CODE_GROUPS))

    def issue(self, job_ref: str) -> Invite:
        existing = self.repo.open_invite_for(job_ref)
        if existing is not None:
            return existing
        code = self._code()
        while self.repo.code_exists(code):
            code = self._code()
        invite = Invite(job_ref=job_ref, code=code, valid_until=date.today() + self.validity)
        self.repo.save(invite)
        return invite

    def redeem(self, code: str, account_id: int) -> Optional[str]:
        normalised = code.strip().upper().replace(" ", "")
        invite = self.repo.find_by_code(normalised)
        if invite is None or invite.redeemed or invite.valid_until < date.today():
            return None
        invite.redeemed = True
        self.repo.save(invite)
        self.repo.link_account(account_id, invite.job_ref)
        return invite.job_ref
