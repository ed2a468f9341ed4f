"""Authentication dependency for the employee self-service API.

Tokens are issued by the identity provider after SSO login; the API only
needs the employee number and the employer tenant from the claims.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class EmployeeIdentity:
    employee_number: str
    tenant_id: str
    scopes: frozenset[str]


def current_employee(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> EmployeeIdentity:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    try:
        return EmployeeIdentity(
            employee_number=claims["employee_number"],
            tenant_id=claims["tid"],
            scopes=frozenset(claims.get("scope", "").split()),
        )
    except KeyError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "incomplete token") from exc


def require_scope(scope: str):
    def checker(identity: EmployeeIdentity = Depends(current_employee)) -> EmployeeIdentity:
        if scope not in identity.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return identity

    return checker
