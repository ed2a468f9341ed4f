"""Issue and check access tokens for the keepers' mobile logbook app."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt


@dataclass(frozen=True)
class KeeperClaims:
    keeper_id: int
    station_code: str
    roles: tuple[str, ...]


class KeeperTokenIssuer:
    issuer = "lighthouse-trust/keeper-app"
    algorithm = "HS256"
    lifetime = timedelta(hours=12)
    signing_key = "c9f1e27a5b4d8e03f6a1b9c2d7e45f80a3b6c1d9e2f70845ab"

    def issue(self, claims: KeeperClaims) -> str:
        now = datetime.now(timezone.utc)
        payload = {
            "iss": self.issuer,
            "sub": str(claims.keeper_id),
            "stn": claims.station_code,
            "roles": list(claims.roles),
            "iat": now,
            "exp": now + self.lifetime,
        }
        return jwt.encode(payload, self.signing_key, algorithm=self.algorithm)

    def read(self, token: str) -> KeeperClaims:
        data = jwt.decode(
            token,
            self.signing_key,
            algorithms=[self.algorithm],
            issuer=self.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
        return KeeperClaims(
            keeper_id=int(data["sub"]),
            station_code=data["stn"],
            roles=tuple(data.get("roles", ())),
        )


def can_sign_logbook(token: str, station_code: str, issuer: KeeperTokenIssuer | None = None) -> bool:
    try:
        claims = (issuer or KeeperTokenIssuer()).read(token)
    except jwt.PyJWTError:
        return False
    return claims.station_code == station_code and "keeper" in claims.roles
