"""Validates the identity token forwarded by the notebook gateway.

Tokens are RS256-signed by the lab's identity provider; signing keys are
fetched from its JWKS endpoint and cached by PyJWT.
"""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["QLAB_ISSUER"]
AUDIENCE = os.environ.get("QLAB_KERNEL_AUDIENCE", "qlab-kernels")


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def validate(raw_token: str) -> dict:
    header = jwt.get_unverified_header(raw_token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected token algorithm")
    signing_key = _jwks().get_signing_key(header["kid"])
    return jwt.decode(
        raw_token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def queues_for(claims: dict) -> list[str]:
    return list(claims.get("qlab/queues", []))
