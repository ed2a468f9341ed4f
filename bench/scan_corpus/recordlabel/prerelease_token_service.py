"""Creates and redeems per-recipient pre-release listening tokens.

A token unlocks the private streaming player for one album for one
recipient. Only a SHA-256 of each token is stored.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class TokenPolicy:
    nbytes: int = 32
    ttl: timedelta = timedelta(days=10)
    max_plays: int = 25


class ListeningTokenService:
    def __init__(self, engine: Engine, policy: TokenPolicy = TokenPolicy()) -> None:
        self.engine = engine
        self.policy = policy

    @staticmethod
    def _fingerprint(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def _new_token(self) -> str:
        return secrets.token_urlsafe(self.policy.nbytes)

    def issue(self, album_id: int, recipient: str) -> str:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + self.policy.ttl
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO listening_tokens"
                    " (album_id, recipient, token_sha256, expires_at, plays_left)"
                    " VALUES (:album, :recipient, :fp, :exp, :plays)"
                ),
                {
                    "album": album_id,
                    "recipient": recipient.strip().lower(),
                    "fp": self._fingerprint(token),
                    "exp": expires,
                    "plays": self.policy.max_plays,
                },
            )
        return token

    def redeem(self, token: str) -> int | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE listening_tokens SET plays_left = plays_left - 1"
                    " WHERE token_sha256 = :fp AND expires_at > now() AND plays_left > 0"
                    " RETURNING album_id"
                ),
                {"fp": self._fingerprint(token)},
            ).fetchone()
        return row[0] if row else None


def service_from_env() -> ListeningTokenService:
    return ListeningTokenService(create_engine(os.environ["PROMO_DATABASE_URL"]))
