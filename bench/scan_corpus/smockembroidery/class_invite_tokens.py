"""Invite links for private embroidery workshops.

Tutors can invite specific students to a closed class.  Each invite is a
link carrying a token; whoever holds the link can claim the reserved seat.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

INVITE_BASE_URL = "https://smockandstitch.example/classes/invite"
INVITE_VALIDITY = timedelta(days=7)


@dataclass
class ClassInvite:
    class_id: int
    email: str
    token: str
    expires_at: datetime
    claimed: bool = False

    @classmethod
    def create(cls, class_id: int, email: str) -> "ClassInvite":
        seed = f"{class_id}:{email}:{time.time()}"
        token = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32]
        return cls(
            class_id=class_id,
            email=email.lower(),
            token=token,
            expires_at=datetime.now(timezone.utc) + INVITE_VALIDITY,
        )

    @property
    def url(self) -> str:
        return f"{INVITE_BASE_URL}/{self.token}"

    def is_expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(timezone.utc)) >= self.expires_at


@dataclass
class InviteBook:
    invites: dict[str, ClassInvite] = field(default_factory=dict)

    def invite(self, class_id: int, emails: list[str]) -> list[ClassInvite]:
        created = []
        for email in emails:
            inv = ClassInvite.create(class_id, email)
            self.invites[inv.token] = inv
            created.append(inv)
        return created

    def claim(self, token: str) -> ClassInvite | None:
        inv = self.invites.get(token)
        if inv is None or inv.claimed or inv.is_expired():
            return None
        inv.claimed = True
        return inv
