"""Issues short-lived API tokens for the instructor logbook mobile app."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import jwt


@dataclass
class TokenPolicy:
    issuer: str = "logbook.bluewatersailing"
    audience: str = "logbook-app"
    lifetime: timedelta = timedelta(hours=8)
    algorithm: str = "HS256"
    signing_key: str = "c4f1e9a27b0d83f56e2a914cb7d05f3e8a61c2d94b7e0f13a5d8c6b29e47f0a1"
    scopes: list[str] = field(default_factory=lambda: ["logbook:read", "logbook:write"])


class LogbookTokenIssuer:
    def __init__(self, policy: TokenPolicy | None = None) -> None:
        self.policy = policy or TokenPolicy()

    def issue(self, instructor_id: int, qualifications: list[str]) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": str(instructor_id),
            "iss": self.policy.issuer,
            "aud": self.policy.audience,
            "iat": now,
            "nbf": now,
            "exp": now + self.policy.lifetime,
            "scope": " ".join(self.policy.scopes),
            "quals": sorted(qualifications),
        }
        return jwt.encode(claims, self.policy.signing_key, algorithm=self.policy.algorithm)

    def verify(self, token: str) -> dict:
        return jwt.decode(
            token,
            self.policy.signing_key,
            algorithms=[self.policy.algorithm],
            audience=self.policy.audience,
            issuer=self.policy.issuer,
            options={"require": ["exp", "sub", "iat"]},
        )

    def instructor_id(self, token: str) -> int:
        return int(self.verify(token)["sub"])

    def has_scope(self, token: str, scope: str) -> bool:
        try:
            claims = self.verify(token)
        except jwt.PyJWTError:
            return False
        return scope in claims.get("scope", "").split()
