"""FastAPI dependencies that resolve the calling user for the orders service.

Requests reach this service through the API gateway, which handles login and
forwards the user's bearer token.
"""
import jwt
from fastapi import Depends, Header, HTTPException, status

from orders.users import UserRecord, load_user


def _bearer_token(authorization: str = Header(default="")) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token.strip()


def current_user_id(token: str = Depends(_bearer_token)) -> str:
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    return claims["sub"]


def current_user(user_id: str = Depends(current_user_id)) -> UserRecord:
    user = load_user(user_id)
    if user is None or not user.active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "user disabled")
    return user
