"""Access-token validation for the self-care portal API.

Tokens are RS256 JWTs issued by the customer identity provider.  The signing
key is selected by ``kid`` from the provider's JWKS document.
"""
import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

ISSUER = os.environ["CIAM_ISSUER"]
AUDIENCE = os.environ.get("CIAM_AUDIENCE", "selfcare-api")
ALLOWED_ALGS = ["RS256"]


@dataclass(frozen=True)
class Subscriber:
    account_id: str
    msisdn: str
    scopes: frozenset


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError(header.get("alg"))
    return _jwks().get_signing_key(header["kid"]).key


def current_subscriber(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Subscriber:
    token = creds.credentials
    try:
        claims = jwt.decode(
            token,
            _signing_key(token),
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    if not claims.get("account_id") or not claims.get("msisdn"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "token is not bound to a subscriber")
    return Subscriber(claims["account_id"], claims["msisdn"], frozenset(claims.get("scope", "").split()))
