"""Issues personal API tokens that shippers use to push ISF data into the platform."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class IssuedToken:
    shipper_id: int
    label: str
    plaintext: str = field(repr=False)
    expires_at: datetime

    token_prefix = "cbt_"

    @classmethod
    def generate(cls, shipper_id: int, label: str, days: int = 90) -> "IssuedToken":
        value = cls.token_prefix + secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + timedelta(days=days)
        return cls(shipper_id, label, value, expires)

    @property
    def lookup_hash(self) -> str:
        return hashlib.sha256(self.plaintext.encode()).hexdigest()

    @property
    def hint(self) -> str:
        return self.plaintext[-4:]


class TokenIssuer:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def issue(self, shipper_id: int, label: str) -> str:
        token = IssuedToken.generate(shipper_id, label)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO shipper_api_tokens (shipper_id, label, token_sha256, hint, expires_at) "
                    "VALUES (:sid, :label, :h, :hint, :exp)"
                ),
                {"sid": shipper_id, "label": label, "h": token.lookup_hash,
                 "hint": token.hint, "exp": token.expires_at},
            )
        return token.plaintext

    def revoke(self, shipper_id: int, hint: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                text("DELETE FROM shipper_api_tokens WHERE shipper_id = :sid AND hint = :hint"),
                {"sid": shipper_id, "hint": hint},
            )
        return result.rowcount
