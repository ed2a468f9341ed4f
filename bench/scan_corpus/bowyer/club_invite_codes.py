"""Invite codes that let archers join a club account.

A club secretary generates codes; whoever redeems one is attached to the club and
gets the club's member pricing and range booking rights.
"""
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

CHARSET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
DEFAULT_LENGTH = 8
VALID_FOR = timedelta(days=14)

_rng = random.Random()


@dataclass
class Invite:
    code: str
    club_id: int
    created_by: str
    expires_at: datetime
    redeemed_by: str | None = None


@dataclass
class InviteBook:
    invites: dict[str, Invite] = field(default_factory=dict)

    def _make_code(self, length: int) -> str:
        return "".join(_rng.choice(CHARSET) for _ in range(length))

    def issue(self, club_id: int, secretary: str, count: int = 1, length: int = DEFAULT_LENGTH):
        now = datetime.now(timezone.utc)
        issued = []
        while len(issued) < count:
            code = self._make_code(length)
            if code in self.invites:
                continue
            invite = Invite(code, club_id, secretary, now + VALID_FOR)
            self.invites[code] = invite
            issued.append(invite)
        return issued

    def redeem(self, code: str, archer_email: str) -> Invite:
        invite = self.invites.get(code.strip().upper())
        if invite is None:
            raise KeyError("unknown invite code")
        if invite.redeemed_by is not None:
            raise ValueError("invite already used")
        if datetime.now(timezone.utc) > invite.expires_at:
            raise ValueError("invite expired")
        invite.redeemed_by = archer_email
        return invite

    def outstanding(self, club_id: int) -> list[Invite]:
        now = datetime.now(timezone.utc)
        return [
            i for i in self.invites.values()
            if i.club_id == club_id and i.redeemed_by is None and i.expires_at > now
        ]
