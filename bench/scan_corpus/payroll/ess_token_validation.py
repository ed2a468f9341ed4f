"""Bearer token validation for the employee self-service API."""
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ess.config import get_config

bearer = HTTPBearer()
ALLOWED_ALGORITHMS = ["RS256"]


@dataclass(frozen=True)
class EmployeeIdentity:
    employee_number: str
    tenant_id: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(get_config().idp_jwks_url, cache_keys=True)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def current_employee(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> EmployeeIdentity:
    token = creds.credentials
    config = get_config()
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise _unauthorized("unsupported token algorithm")
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=config.api_audience,
            issuer=config.idp_issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise _unauthorized("invalid token") from exc

    try:
        return EmployeeIdentity(
            employee_number=claims["employee_number"],
            tenant_id=claims["tid"],
            scopes=frozenset(claims.get("scope", "").split()),
        )
    except KeyError as exc:
        raise _unauthorized("incomplete token") from exc
