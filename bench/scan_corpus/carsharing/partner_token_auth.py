"""Verification of partner access tokens issued by our identity provider.

We read the (unverified) header only to pick the right signing key from the
IdP's JWKS; all claims are taken from the verified decode.
"""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["PARTNER_TOKEN_ISSUER"]
AUDIENCE = "partner-booking-api"
ALLOWED_ALGS = ["RS256", "ES256"]


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True, lifespan=900)


def verify_partner_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS:
        raise TokenError("unexpected algorithm")

    try:
        signing_key = _jwks().get_signing_key(header["kid"])
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "azp"]},
            leeway=30,
        )
    except (KeyError, jwt.PyJWTError) as exc:
        raise TokenError("token rejected") from exc
