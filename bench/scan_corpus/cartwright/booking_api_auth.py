"""Token auth for the show-booking API used by event organisers."""
import os
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

SIGNING_KEY = os.environ["BOOKING_JWT_KEY"]
ALGORITHM = "HS256"
AUDIENCE = "show-bookings"
TOKEN_TTL = timedelta(hours=8)

_bearer = HTTPBearer(auto_error=True)


def issue_token(organiser_id: int, scopes: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(organiser_id),
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + TOKEN_TTL,
        "scope": " ".join(scopes),
    }
    return jwt.encode(claims, SIGNING_KEY, algorithm=ALGORITHM)


def decode_token(token: str) -> dict:
    try:
        return jwt.decode(token, SIGNING_KEY, algorithms=[ALGORITHM], audience=AUDIENCE)
    except jwt.ExpiredSignatureError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")


def current_organiser(
    creds: Annotated[HTTPAuthorizationCredentials, Depends(_bearer)],
) -> dict:
    claims = decode_token(creds.credentials)
    return {"id": int(claims["sub"]), "scopes": set(claims.get("scope", "").split())}


def requires(scope: str):
    def checker(organiser: Annotated[dict, Depends(current_organiser)]) -> dict:
        if scope not in organiser["scopes"]:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return organiser
    return checker
