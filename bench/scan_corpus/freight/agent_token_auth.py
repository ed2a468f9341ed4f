"""Bearer-token auth for overseas agent offices calling the booking API.

Each agent network signs its own tokens; we hold their public keys and pick
the right one by the ``kid`` in the token header.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from freight.config import settings

bearer = HTTPBearer()


@dataclass(frozen=True)
class Agent:
    agent_id: str
    office_code: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def _public_keys() -> dict[str, str]:
    key_dir = Path(settings.AGENT_KEYS_DIR)
    return {p.stem: p.read_text() for p in key_dir.glob("*.pem")}


def _verify(token: str) -> dict:
    try:
        kid = jwt.get_unverified_header(token).get("kid", "")
        key = _public_keys().get(kid)
        if key is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown signing key")
        return jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            audience=settings.BOOKING_API_AUDIENCE,
            issuer=settings.AGENT_TOKEN_ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_agent(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Agent:
    claims = _verify(creds.credentials)
    if not claims.get("office"):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "incomplete token")
    return Agent(
        agent_id=claims["sub"],
        office_code=claims["office"],
        scopes=frozenset(claims.get("scope", "").split()),
    )
