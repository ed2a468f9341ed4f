"""Authentication dependency for the comments API."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status


@dataclass
class Commenter:
    user_id: str
    display_name: str
    is_subscriber: bool
    is_moderator: bool


def current_commenter(authorization: str = Header(...)) -> Commenter:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return Commenter(
        user_id=claims["sub"],
        display_name=claims.get("name", "Reader"),
        is_subscriber="subscriber" in claims.get("roles", []),
        is_moderator="moderator" in claims.get("roles", []),
    )


app = FastAPI()


@app.get("/comments/me")
def whoami(commenter: Commenter = Depends(current_commenter)) -> dict:
    return {
        "user_id": commenter.user_id,
        "display_name": commenter.display_name,
        "can_post": commenter.is_subscriber,
        "can_moderate": commenter.is_moderator,
    }
