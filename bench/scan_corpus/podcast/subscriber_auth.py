"""Auth dependency for the listener app API (private feeds, playback sync)."""
import time

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt as jose_jwt
from jose.exceptions import JWTError
from sqlalchemy.orm import Session

from .db import get_db
from .models import Subscriber
from .settings import settings

bearer = HTTPBearer(auto_error=True)


def _claims_from(token: str) -> dict:
    try:
        claims = jose_jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    if claims.get("iss") != settings.auth_issuer:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return claims


def current_subscriber(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    db: Session = Depends(get_db),
) -> Subscriber:
    claims = _claims_from(creds.credentials)
    subscriber = db.get(Subscriber, int(claims["sub"]))
    if subscriber is None or not subscriber.active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "subscription inactive")
    return subscriber


def require_show_access(show_id: int, subscriber: Subscriber = Depends(current_subscriber)) -> Subscriber:
    if show_id not in {s.show_id for s in subscriber.subscriptions}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not subscribed to this show")
    return subscriber
