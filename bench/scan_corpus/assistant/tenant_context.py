"""Request-scoped tenant resolution for the reporting API (REP-19).

Every reporting endpoint needs to know which tenant the caller belongs to so
queries can be scoped. The tenant and roles come from the bearer token.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer(auto_error=True)


@dataclass(frozen=True, slots=True)
class TenantContext:
    tenant_id: str
    user_id: str
    roles: frozenset[str]


def _claims_from_token(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.DecodeError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Malformed token") from exc


def get_tenant_context(
    creds: HTTPAuthorizationCredentials = Depends(bearer_scheme),
) -> TenantContext:
    """FastAPI dependency returning the caller's tenant context."""
    claims = _claims_from_token(creds.credentials)
    tenant_id = claims.get("tid")
    user_id = claims.get("sub")
    if not tenant_id or not user_id:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Token is missing tenant claims")
    return TenantContext(
        tenant_id=str(tenant_id),
        user_id=str(user_id),
        roles=frozenset(claims.get("roles", [])),
    )


def require_role(role: str) -> Callable[[TenantContext], TenantContext]:
    """Dependency factory that rejects callers without ``role``."""

    def _checker(ctx: TenantContext = Depends(get_tenant_context)) -> TenantContext:
        if role not in ctx.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"Requires role {role!r}")
        return ctx

    return _checker
