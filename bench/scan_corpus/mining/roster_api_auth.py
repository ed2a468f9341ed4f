"""Bearer-token authentication for the roster API.

Access tokens come from the corporate IdP and are RS256-signed. Signing keys
are fetched from the IdP's JWKS endpoint and cached by PyJWKClient.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ALLOWED_ALGORITHMS = ["RS256"]
AUDIENCE = os.environ.get("ROSTER_API_AUDIENCE", "roster-api")
ISSUER = os.environ["IDP_ISSUER"]

bearer = HTTPBearer()
_jwks = jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True, lifespan=3600)


@dataclass
class RosterUser:
    employee_no: str
    crew: str
    roles: frozenset[str]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> RosterUser:
    token = creds.credentials
    try:
        if jwt.get_unverified_header(token).get("alg") not in ALLOWED_ALGORITHMS:
            raise _unauthorized("unsupported token algorithm")
        signing_key = _jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise _unauthorized("invalid token") from exc
    return RosterUser(claims["sub"], claims.get("crew", ""), frozenset(claims.get("roles", [])))
