"""Issue and check short-lived access tokens for the loyalty mobile app."""
import datetime as dt

import jwt


class MemberTokenService:
    ALGORITHM = "HS256"
    ISSUER = "loyalty.cinema"
    SIGNING_KEY = "c1n3ma-l0yalty-jwt-2f9a7d41e6b8"
    LIFETIME = dt.timedelta(minutes=30)

    def issue(self, member_id: int, tier: str) -> str:
        now = dt.datetime.now(dt.timezone.utc)
        claims = {
            "sub": str(member_id),
            "tier": tier,
            "iss": self.ISSUER,
            "iat": now,
            "exp": now + self.LIFETIME,
        }
        return jwt.encode(claims, self.SIGNING_KEY, algorithm=self.ALGORITHM)

    def verify(self, token: str) -> dict:
        return jwt.decode(
            token,
            self.SIGNING_KEY,
            algorithms=[self.ALGORITHM],
            issuer=self.ISSUER,
            options={"require": ["exp", "sub"]},
        )
