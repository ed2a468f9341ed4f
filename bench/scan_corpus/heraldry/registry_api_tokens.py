"""Short-lived tokens for partner registries querying our roll of arms."""
import os
from datetime import datetime, timedelta, timezone

import jwt as pyjwt

TOKEN_TTL = timedelta(minutes=15)
AUDIENCE = "roll-of-arms-api"
ISSUER = "heraldry-studio-registry"
ALGORITHM = "HS256"


class TokenError(Exception):
    pass


def _signing_key() -> str:
    return os.environ["REGISTRY_API_SIGNING_KEY"]


def issue_partner_token(partner_id: str, scopes: list[str], now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    claims = {
        "sub": partner_id,
        "scope": " ".join(sorted(set(scopes))),
        "aud": AUDIENCE,
        "iss": ISSUER,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return pyjwt.encode(claims, _signing_key(), algorithm=ALGORITHM)


def verify_partner_token(token: str, needed_scope: str) -> dict:
    try:
        claims = pyjwt.decode(
            token,
            _signing_key(),
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except pyjwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
    if needed_scope not in claims.get("scope", "").split():
        raise TokenError("scope not granted")
    return claims
