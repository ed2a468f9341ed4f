"""Invite codes that let a new site manager join an existing service contract
on the customer portal. The contract holder shares the code; the
invitee types it in during sign-up.
"""
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS = 3
GROUP_LEN = 4
VALID_FOR = timedelta(days=14)


@dataclass
class Invite:
    contract_ref: str
    code: str
    expires: date
    role: str = "site_manager"


class InviteCodeIssuer:
    def __init__(self, repo, rng: Optional[random.Random] = None):
        self._repo = repo
        self._rng = rng or random.Random()

    def _code(self) -> str:
        return "-".join(
            "".join(self._rng.choice(ALPHABET) for _ in range(GROUP_LEN))
            for _ in range(GROUPS)
        )

    def issue(self, contract_ref: str, role: str = "site_manager") -> Invite:
        if role not in {"site_manager", "viewer"}:
            raise ValueError(f"role {role!r} cannot be granted by invite")
        code = self._code()
        while self._repo.code_exists(code):
            code = self._code()
        invite = Invite(contract_ref, code, date.today() + VALID_FOR, role)
        self._repo.save_invite(invite)
        return invite

    def accept(self, code: str, user_id: int) -> Optional[str]:
        invite = self._repo.find_invite(code.strip().upper())
        if invite is None or invite.expires < date.today():
            return None
        self._repo.add_member(invite.contract_ref, user_id, invite.role)
        self._repo.delete_invite(invite.code)
        return invite.contract_ref
