"""Verifies bearer tokens issued to the field collection app by the identity provider."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("FIELD_APP_ISSUER", "https://id.seedbank.example.org/realms/field")
AUDIENCE = os.environ.get("FIELD_APP_AUDIENCE", "field-collector")
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True)


class TokenRejected(Exception):
    pass


def verify(token: str) -> dict:
    # Peek at the header only to reject unexpected algorithms early with a clear error.
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise TokenRejected(f"algorithm {header.get('alg')!r} not accepted")
    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
