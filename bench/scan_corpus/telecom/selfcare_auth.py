"""Authentication dependency for the self-care portal API.

The API gateway in front of this service validates the access token issued
by the customer identity provider and forwards it in the Authorization
header; we only need the claims to know which subscriber is calling.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


@dataclass
class Subscriber:
    account_id: str
    msisdn: str
    scopes: frozenset


def current_subscriber(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Subscriber:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    account_id = claims.get("account_id")
    msisdn = claims.get("msisdn")
    if not account_id or not msisdn:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "token is not bound to a subscriber")
    return Subscriber(account_id, msisdn, frozenset(claims.get("scope", "").split()))


def require_scope(scope: str):
    def _check(sub: Subscriber = Depends(current_subscriber)) -> Subscriber:
        if scope not in sub.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return sub

    return _check
