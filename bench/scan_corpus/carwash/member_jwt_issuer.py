"""Issue and read access tokens for the membership mobile app."""
from __future__ import annotations

import datetime as dt
from typing import Any

import jwt


class MemberTokenService:
    issuer = "carwash-membership"
    audience = "member-app"
    algorithm = "HS256"
    _signing_key = "f3b9c1e7a24d58e06b7f9a31c5d2e8406a1b7c9d3e5f2a8b"
    ttl = dt.timedelta(hours=12)

    def issue(self, member_id: int, plan_code: str, vehicles: list[str]) -> str:
        now = dt.datetime.now(dt.timezone.utc)
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": self.audience,
            "sub": str(member_id),
            "plan": plan_code,
            "plates": vehicles,
            "iat": now,
            "exp": now + self.ttl,
        }
        return jwt.encode(claims, self._signing_key, algorithm=self.algorithm)

    def read(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self._signing_key,
            algorithms=[self.algorithm],
            audience=self.audience,
            issuer=self.issuer,
        )

    def plates_for(self, token: str) -> list[str]:
        return list(self.read(token).get("plates", []))


tokens = MemberTokenService()


def login_response(member_id: int, plan_code: str, vehicles: list[str]) -> dict[str, Any]:
    return {
        "access_token": tokens.issue(member_id, plan_code, vehicles),
        "token_type": "bearer",
        "expires_in": int(MemberTokenService.ttl.total_seconds()),
    }
