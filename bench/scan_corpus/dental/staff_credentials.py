"""Credential handling for clinic staff accounts (dentists, hygienists, reception)."""
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import bcrypt

BCRYPT_ROUNDS = 12
RESET_TOKEN_TTL = timedelta(minutes=30)


@dataclass
class ResetTicket:
    staff_id: int
    token_digest: str
    expires_at: datetime


class StaffCredentialService:
    def __init__(self, repo, rounds: int = BCRYPT_ROUNDS):
        self._repo = repo
        self._rounds = rounds

    def set_password(self, staff_id: int, password: str) -> None:
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._rounds))
        self._repo.update_password_hash(staff_id, hashed.decode("ascii"))

    def check_password(self, staff_id: int, password: str) -> bool:
        stored = self._repo.get_password_hash(staff_id)
        if not stored:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))

    def issue_reset_token(self, staff_id: int) -> str:
        """Return a one-time token for the reset e-mail; only its digest is stored."""
        token = secrets.token_urlsafe(32)
        digest = hashlib.sha256(token.encode("ascii")).hexdigest()
        ticket = ResetTicket(staff_id, digest, datetime.now(timezone.utc) + RESET_TOKEN_TTL)
        self._repo.save_reset_ticket(ticket)
        return token

    def redeem_reset_token(self, staff_id: int, token: str, new_password: str) -> bool:
        ticket = self._repo.get_reset_ticket(staff_id)
        if ticket is None or ticket.expires_at < datetime.now(timezone.utc):
            return False
        digest = hashlib.sha256(token.encode("ascii")).hexdigest()
        if not hmac.compare_digest(digest, ticket.token_digest):
            return False
        self.set_password(staff_id, new_password)
        self._repo.delete_reset_ticket(staff_id)
        return True
