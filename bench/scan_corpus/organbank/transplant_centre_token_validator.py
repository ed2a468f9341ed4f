"""Validates service tokens presented by transplant centre systems accepting organ offers."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ACCEPTED_ALGORITHMS = ["RS256", "ES256"]
DECODE_OPTIONS = {"require": ["exp", "iat", "iss", "aud", "centre"], "verify_aud": True}


@dataclass(frozen=True)
class CentreIdentity:
    centre_code: str
    system_id: str
    scopes: frozenset[str]

    def may(self, scope: str) -> bool:
        return scope in self.scopes


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(os.environ["CENTRE_IDP_JWKS_URL"], cache_keys=True, lifespan=900)


def validate_centre_token(token: str, audience: str | None = None) -> CentreIdentity:
    try:
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ACCEPTED_ALGORITHMS,
            audience=audience or os.environ["ORGANBANK_API_AUDIENCE"],
            issuer=os.environ["CENTRE_IDP_ISSUER"],
            options=DECODE_OPTIONS,
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
    return CentreIdentity(
        centre_code=claims["centre"],
        system_id=claims.get("azp", claims.get("sub", "")),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(identity: CentreIdentity, scope: str) -> None:
    if not identity.may(scope):
        raise TokenRejected(f"centre {identity.centre_code} lacks scope {scope}")
