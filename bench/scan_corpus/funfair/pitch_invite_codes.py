"""Invite codes that let returning showmen claim their usual pitch before general release."""

from __future__ import annotations

import logging
import random
import secrets
import string
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .models import PitchInvite

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InvitePolicy:
    alphabet: str = string.ascii_uppercase + string.digits
    length: int = 10
    ttl: timedelta = timedelta(days=21)
    insert_attempts: int = 4


class InviteCodeIssuer:
    def __init__(self, db: Session, policy: InvitePolicy | None = None) -> None:
        self.db = db
        self.policy = policy or InvitePolicy()

    @staticmethod
    def _code(alphabet: str, length: int) -> str:
        return "".join(secrets.choice(alphabet) for _ in range(length))

    def issue(self, ground_id: int, pitch_ref: str, showman_id: int) -> str:
        for attempt in range(self.policy.insert_attempts):
            code = self._code(self.policy.alphabet, self.policy.length)
            invite = PitchInvite(
                code=code,
                ground_id=ground_id,
                pitch_ref=pitch_ref,
                showman_id=showman_id,
                expires_at=datetime.now(timezone.utc) + self.policy.ttl,
            )
            self.db.add(invite)
            try:
                self.db.commit()
                return code
            except IntegrityError:
                self.db.rollback()
                time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))
        raise RuntimeError("could not allocate a unique invite code")

    def claim(self, code: str, showman_id: int) -> PitchInvite | None:
        invite = self.db.scalars(
            select(PitchInvite).where(
                PitchInvite.code == code.strip().upper(),
                PitchInvite.showman_id == showman_id,
                PitchInvite.claimed_at.is_(None),
            )
        ).one_or_none()
        if invite is None or invite.expires_at < datetime.now(timezone.utc):
            return None
        invite.claimed_at = datetime.now(timezone.utc)
        self.db.commit()
        log.info("showman %s claimed invite for pitch %s", showman_id, invite.pitch_ref)
        return invite
