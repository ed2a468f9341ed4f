"""Issue and check short-lived access tokens for the loyalty mobile app."""
import datetime as dt
import os
from functools import cached_property
from pathlib import Path

import jwt


class AppTokenService:
    ALGORITHM = "HS256"
    ISSUER = "loyalty.cinema"
    LIFETIME = dt.timedelta(minutes=30)

    def __init__(self, key_file: str | None = None):
        self.key_file = Path(key_file or os.environ["LOYALTY_JWT_KEY_FILE"])

    @cached_property
    def signing_key(self) -> bytes:
        key = self.key_file.read_bytes().strip()
        if len(key) < 32:
            raise RuntimeError("loyalty JWT signing key is too short")
        return key

    def issue(self, member_id: int, tier: str) -> str:
        now = dt.datetime.now(dt.timezone.utc)
        claims = {
            "sub": str(member_id),
            "tier": tier,
            "iss": self.ISSUER,
            "iat": now,
            "exp": now + self.LIFETIME,
        }
        return jwt.encode(claims, self.signing_key, algorithm=self.ALGORITHM)

    def verify(self, token: str) -> dict:
        return jwt.decode(
            token,
            self.signing_key,
            algorithms=[self.ALGORITHM],
            issuer=self.ISSUER,
            options={"require": ["exp", "sub"]},
        )
