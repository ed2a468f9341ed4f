"""Access-token verification for the customer portal's order-tracking API."""
from dataclasses import dataclass
from functools import lru_cache

import jwt
from flask import abort, g, request

ISSUER = "https://id.hartwellcrane.co.uk/"
AUDIENCE = "customer-portal"
JWKS_URL = ISSUER + ".well-known/jwks.json"
ALLOWED_ALGS = ("RS256",)


@dataclass(frozen=True)
class TokenIdentity:
    subject: str
    scopes: frozenset
    shop: str | None


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(JWKS_URL, cache_keys=True, lifespan=3600)


def verify_access_token(token: str) -> TokenIdentity:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    signing_key = _jwks().get_signing_key(header["kid"])
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=list(ALLOWED_ALGS),
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )
    return TokenIdentity(
        subject=claims["sub"],
        scopes=frozenset(claims.get("scope", "").split()),
        shop=claims.get("hc_shop"),
    )


def require_scope(scope: str):
    """Flask ``before_request`` hook factory for portal blueprints."""

    def _hook():
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            abort(401)
        try:
            identity = verify_access_token(token)
        except jwt.PyJWTError:
            abort(401)
        if scope not in identity.scopes:
            abort(403)
        g.identity = identity

    return _hook
