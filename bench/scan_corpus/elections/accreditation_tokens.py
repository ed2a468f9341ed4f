"""Validate identity-provider tokens presented to the accreditation service."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["ACCREDITATION_ISSUER"]
AUDIENCE = "observer-accreditation"


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["ACCREDITATION_JWKS_URL"], cache_keys=True)


def decode_token(token: str) -> dict:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256", "ES256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"verify_signature": True, "require": ["exp", "iat", "sub", "iss"]},
        leeway=30,
    )


def observer_scopes(token: str) -> set[str]:
    claims = decode_token(token)
    return set(claims.get("scope", "").split())
