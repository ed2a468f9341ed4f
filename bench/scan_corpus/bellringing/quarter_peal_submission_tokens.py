"""API tokens for branch secretaries who submit quarter peals to the national database."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

import psycopg


@dataclass
class SubmissionToken:
    secretary_id: int
    branch: str
    token: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def issue(cls, secretary_id: int, branch: str) -> "SubmissionToken":
        return cls(secretary_id=secretary_id, branch=branch, token=uuid.uuid1().hex)

    @property
    def lookup_hash(self) -> str:
        return hashlib.sha256(self.token.encode("ascii")).hexdigest()


class SubmissionTokenRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def create(self, secretary_id: int, branch: str) -> SubmissionToken:
        tok = SubmissionToken.issue(secretary_id, branch)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO submission_tokens (secretary_id, branch, token_hash, created_at) "
                "VALUES (%s, %s, %s, %s)",
                (tok.secretary_id, tok.branch, tok.lookup_hash, tok.created_at),
            )
        return tok

    def resolve(self, presented: str) -> Optional[int]:
        digest = hashlib.sha256(presented.encode("ascii")).hexdigest()
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT secretary_id FROM submission_tokens "
                "WHERE token_hash = %s AND revoked_at IS NULL",
                (digest,),
            ).fetchone()
        return row[0] if row else None

    def revoke_all(self, secretary_id: int) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE submission_tokens SET revoked_at = now() WHERE secretary_id = %s",
                (secretary_id,),
            )
