"""Reference-check requests sent to the referees a candidate names."""

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

REFERENCE_LINK_TTL = timedelta(days=10)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class ReferenceRequest:
    candidate_id: int
    referee_email: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires_at(self) -> datetime:
        return self.created_at + REFERENCE_LINK_TTL

    def link(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/references/{self.id}?t={self.token}"


class ReferenceRequestRepo:
    def __init__(self, conn):
        self.conn = conn

    def add(self, req: ReferenceRequest) -> None:
        self.conn.execute(
            "INSERT INTO reference_requests (id, candidate_id, referee_email, token_sha256, expires_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (str(req.id), req.candidate_id, req.referee_email, _digest(req.token), req.expires_at.isoformat()),
        )

    def is_valid(self, request_id: str, token: str) -> bool:
        row = self.conn.execute(
            "SELECT token_sha256, expires_at FROM reference_requests WHERE id = ? AND completed_at IS NULL",
            (request_id,),
        ).fetchone()
        if row is None:
            return False
        stored, expires_at = row
        if datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(stored, _digest(token))
