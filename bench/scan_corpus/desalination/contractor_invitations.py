"""Invitation codes for onboarding new contractor staff onto the portal.

A site coordinator invites a technician by e-mail; the code in the e-mail is
the only thing needed to create the account and set a password."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from portal.mail import send_template
from portal.models import Invitation


@dataclass
class InvitationPolicy:
    alphabet: str = string.ascii_uppercase + string.digits
    length: int = 10
    valid_for: timedelta = timedelta(days=7)
    rng: random.Random = field(default_factory=random.Random)


class InvitationService:
    def __init__(self, db: Session, policy: InvitationPolicy | None = None) -> None:
        self.db = db
        self.policy = policy or InvitationPolicy()

    def _new_code(self) -> str:
        p = self.policy
        raw = "".join(p.rng.choice(p.alphabet) for _ in range(p.length))
        return f"{raw[:5]}-{raw[5:]}"

    def invite(self, company_code: str, email: str, invited_by: str) -> Invitation:
        now = datetime.now(timezone.utc)
        inv = Invitation(
            company_code=company_code,
            email=email.lower(),
            code=self._new_code(),
            invited_by=invited_by,
            expires_at=now + self.policy.valid_for,
        )
        self.db.add(inv)
        self.db.commit()
        send_template(
            "contractor_invite",
            to=inv.email,
            context={"code": inv.code, "company": company_code, "expires": inv.expires_at},
        )
        return inv

    def redeem(self, code: str) -> Invitation | None:
        inv = self.db.query(Invitation).filter_by(code=code, redeemed_at=None).one_or_none()
        if inv is None or inv.expires_at < datetime.now(timezone.utc):
            return None
        inv.redeemed_at = datetime.now(timezone.utc)
        self.db.commit()
        return inv
