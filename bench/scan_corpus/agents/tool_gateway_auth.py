"""Auth dependency for the tool gateway that LLM agents call into.

Agent run tokens are RS256 JWTs minted by the orchestrator; the public keys
are published on its JWKS endpoint.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

JWKS_URL = os.environ["AGENT_JWKS_URL"]
AUDIENCE = os.environ.get("AGENT_TOKEN_AUDIENCE", "tool-gateway")
ISSUER = os.environ["AGENT_TOKEN_ISSUER"]

bearer = HTTPBearer()
_jwks = jwt.PyJWKClient(JWKS_URL, cache_keys=True, lifespan=900)


@dataclass(frozen=True)
class AgentContext:
    run_id: str
    tenant_id: str
    scopes: frozenset[str]


def agent_context(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> AgentContext:
    token = creds.credentials
    try:
        signing_key = _jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid agent token") from exc
    return AgentContext(
        run_id=claims["sub"],
        tenant_id=claims["tenant"],
        scopes=frozenset(claims.get("scope", "").split()),
    )
