"""Verify access tokens presented by the field staff mobile app.

Tokens are RS256 JWTs minted by our identity service. The identity service
rotates signing keys, so the `kid` header tells us which public key to use.
"""
from dataclasses import dataclass
from pathlib import Path

import jwt
from jwt.exceptions import InvalidTokenError


class TokenRejected(Exception):
    pass


@dataclass(frozen=True)
class StaffIdentity:
    staff_id: str
    country_office: str
    scopes: tuple[str, ...]


class TokenVerifier:
    def __init__(self, key_dir: Path, issuer: str, audience: str, leeway: int = 30):
        self._keys = {p.stem: p.read_bytes() for p in key_dir.glob("*.pem")}
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway

    def _key_for(self, token: str) -> bytes:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except InvalidTokenError as exc:
            raise TokenRejected("unreadable token header") from exc
        if kid not in self._keys:
            raise TokenRejected("unknown signing key")
        return self._keys[kid]

    def verify(self, token: str) -> StaffIdentity:
        try:
            claims = jwt.decode(
                token,
                self._key_for(token),
                algorithms=["RS256"],
                audience=self.audience,
                issuer=self.issuer,
                leeway=self.leeway,
                options={"require": ["exp", "iat", "sub"]},
            )
        except InvalidTokenError as exc:
            raise TokenRejected(str(exc)) from exc
        return StaffIdentity(
            staff_id=claims["sub"],
            country_office=claims.get("office", ""),
            scopes=tuple(claims.get("scope", "").split()),
        )
