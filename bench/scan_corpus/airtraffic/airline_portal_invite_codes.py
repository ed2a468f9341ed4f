"""Invitations that let an airline administrator onboard colleagues to the portal."""
from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional


@dataclass
class Invitation:
    airline_icao: str
    email: str
    code_hash: str
    expires_at: datetime
    correlation_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @classmethod
    def issue(cls, airline_icao: str, email: str, valid_for: timedelta = timedelta(days=3)) -> tuple["Invitation", str]:
        code = secrets.token_urlsafe(24)
        invitation = cls(
            airline_icao=airline_icao.upper(),
            email=email.lower(),
            code_hash=cls.hash_code(code),
            expires_at=datetime.now(timezone.utc) + valid_for,
        )
        return invitation, code

    @staticmethod
    def hash_code(code: str) -> str:
        return hashlib.sha256(code.encode("utf-8")).hexdigest()

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at


class InvitationService:
    def __init__(self, repo, mailer) -> None:
        self.repo = repo
        self.mailer = mailer

    def invite(self, airline_icao: str, email: str) -> str:
        invitation, code = Invitation.issue(airline_icao, email)
        self.repo.save(invitation)
        self.mailer.send_invite(email, code=code, reference=invitation.correlation_id)
        return invitation.correlation_id

    def redeem(self, code: str) -> Optional[Invitation]:
        invitation = self.repo.find_by_code_hash(Invitation.hash_code(code))
        if invitation is None or invitation.expired:
            return None
        self.repo.delete(invitation)
        return invitation
