"""Bearer token validation for the broker portal API.

Tokens are RS256 JWTs from the identity provider. The ``kid`` header picks
which of the currently published signing keys to verify against.
"""
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException, status

from portal.settings import settings

REQUIRED_SCOPE = "portal:quotes"


@dataclass
class BrokerPrincipal:
    broker_id: str
    agency_code: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def _signing_keys() -> dict[str, str]:
    return settings.load_idp_public_keys()


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, {"WWW-Authenticate": "Bearer"})


def current_broker(authorization: str = Header(default="")) -> BrokerPrincipal:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorised("missing bearer token")
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        public_key = _signing_keys().get(kid)
        if public_key is None:
            raise _unauthorised("unknown signing key")
        claims = jwt.decode(
            token,
            public_key,
            algorithms=["RS256"],
            audience=settings.portal_audience,
            issuer=settings.idp_issuer,
        )
    except jwt.PyJWTError:
        raise _unauthorised("invalid token")
    scopes = frozenset(claims.get("scope", "").split())
    if REQUIRED_SCOPE not in scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "insufficient scope")
    return BrokerPrincipal(claims["sub"], claims.get("agency", ""), scopes)
