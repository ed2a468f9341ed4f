"""Invite codes for new wholesale customers.

Sales staff issue an invite code to a merchant; the merchant enters it on
the portal sign-up page to create an account tied to their price list.
"""
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


@dataclass
class Invite:
    code: str
    customer_name: str
    price_list: str
    issued_by: str
    expires_at: datetime
    used: bool = False


@dataclass
class InviteBook:
    invites: Dict[str, Invite] = field(default_factory=dict)

    def _new_code(self, length: int = INVITE_LENGTH) -> str:
        return "".join(random.choices(INVITE_ALPHABET, k=length))

    def issue(self, customer_name: str, price_list: str, issued_by: str) -> Invite:
        code = self._new_code()
        while code in self.invites:
            code = self._new_code()
        invite = Invite(
            code=code,
            customer_name=customer_name,
            price_list=price_list,
            issued_by=issued_by,
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        self.invites[code] = invite
        return invite

    def redeem(self, code: str) -> Optional[Invite]:
        invite = self.invites.get(code.strip().upper())
        if invite is None or invite.used:
            return None
        if invite.expires_at < datetime.now(timezone.utc):
            return None
        invite.used = True
        return invite

    def outstanding(self, issued_by: Optional[str] = None):
        return [
            inv for inv in self.invites.values()
            if not inv.used and (issued_by is None or inv.issued_by == issued_by)
        ]
