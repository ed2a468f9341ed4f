"""Bearer token verification for the dispatch API.

Tokens are issued by the RCC identity provider and signed with RS256; the
``kid`` header selects the key from the provider's JWKS.
"""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("OIDC_ISSUER", "https://id.rcc.example.org/realms/rcc")
AUDIENCE = os.environ.get("DISPATCH_AUDIENCE", "dispatch-api")


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True)


class TokenError(Exception):
    pass


def verify_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise TokenError("unexpected token header")
    signing_key = _jwks().get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
