"""Authentication dependency for the crew scheduling API.

Tokens are issued by the company identity provider; the API only needs the
employee number, crew and role claims to filter roster data.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


@dataclass
class CrewPrincipal:
    employee_no: str
    crew: str
    roles: list[str]


def current_principal(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> CrewPrincipal:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "employee_no" not in claims:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token missing employee_no")
    return CrewPrincipal(claims["employee_no"], claims.get("crew", ""), list(claims.get("roles", [])))


def require_role(role: str):
    def checker(principal: CrewPrincipal = Depends(current_principal)) -> CrewPrincipal:
        if role not in principal.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"requires role {role}")
        return principal

    return checker
