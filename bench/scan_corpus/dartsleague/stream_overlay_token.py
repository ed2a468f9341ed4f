"""Short-lived tokens for the scorer-cam overlay and the commentary desk.

The admin tool issues a token per venue and match night; the overlay server
checks it on every poll before returning live scores.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

ISSUER = "dartsleague-admin"
AUDIENCE = "dartsleague-overlay"


@dataclass(frozen=True)
class TokenSettings:
    secret: str
    algorithm: str = "HS256"
    ttl: timedelta = timedelta(hours=5)


def settings() -> TokenSettings:
    return TokenSettings(secret=os.environ["OVERLAY_JWT_SECRET"])


def issue(venue: str, match_night: str, cfg: TokenSettings) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": venue,
        "night": match_night,
        "iat": now,
        "exp": now + cfg.ttl,
    }
    return jwt.encode(claims, cfg.secret, algorithm=cfg.algorithm)


def verify(token: str, cfg: TokenSettings) -> dict:
    return jwt.decode(
        token,
        cfg.secret,
        algorithms=[cfg.algorithm],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "night"]},
    )


app = FastAPI()


def overlay_claims(
    authorization: str = Header(...), cfg: TokenSettings = Depends(settings)
) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        return verify(token, cfg)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid overlay token")


@app.get("/overlay/{venue}/scores")
def scores(venue: str, claims: dict = Depends(overlay_claims)) -> dict:
    if claims["sub"] != venue:
        raise HTTPException(status_code=403, detail="token is for another venue")
    return {"venue": venue, "night": claims["night"], "legs": []}
