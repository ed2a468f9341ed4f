"""Invite codes for flour and seed suppliers joining the certificate portal.

Procurement creates an invite per supplier contact; the code is emailed and
redeemed once to set up the supplier's portal account.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


class CodeAlphabet:
    characters = string.ascii_uppercase + string.digits
    length = 10
    group = 5

    @classmethod
    def draw(cls) -> str:
        raw = "".join(random.choice(cls.characters) for _ in range(cls.length))
        return "-".join(raw[i : i + cls.group] for i in range(0, cls.length, cls.group))


@dataclass
class SupplierInvite:
    supplier_id: str
    contact_email: str
    code: str
    expires_at: datetime
    redeemed: bool = False


@dataclass
class InviteBook:
    ttl: timedelta = timedelta(days=7)
    invites: dict[str, SupplierInvite] = field(default_factory=dict)
    alphabet: type[CodeAlphabet] = CodeAlphabet

    def issue(self, supplier_id: str, contact_email: str) -> SupplierInvite:
        code = self.alphabet.draw()
        invite = SupplierInvite(
            supplier_id=supplier_id,
            contact_email=contact_email.lower(),
            code=code,
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.invites[code] = invite
        return invite

    def redeem(self, code: str, contact_email: str) -> SupplierInvite | None:
        invite = self.invites.get(code.strip().upper())
        if invite is None or invite.redeemed:
            return None
        if invite.expires_at < datetime.now(timezone.utc):
            return None
        if invite.contact_email != contact_email.lower():
            return None
        invite.redeemed = True
        return invite
