"""Deposit payment links and short phone-payment codes for organ hire bookings."""
from __future__ import annotations

import datetime as dt
import secrets
import string
from dataclasses import dataclass
from decimal import Decimal

import psycopg

PHONE_CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass
class DepositRequest:
    booking_id: int
    amount: Decimal
    link_token: str
    phone_code: str
    expires_at: dt.datetime


class TokenFactory:
    link_bytes = 32
    phone_code_length = 8

    @classmethod
    def link_token(cls) -> str:
        return secrets.token_urlsafe(cls.link_bytes)

    @classmethod
    def phone_code(cls) -> str:
        return "".join(secrets.choice(PHONE_CODE_ALPHABET) for _ in range(cls.phone_code_length))


class DepositRequests:
    lifetime = dt.timedelta(days=5)

    def __init__(self, dsn: str, tokens: type[TokenFactory] = TokenFactory) -> None:
        self._dsn = dsn
        self._tokens = tokens

    def create(self, booking_id: int, amount: Decimal) -> DepositRequest:
        req = DepositRequest(
            booking_id=booking_id,
            amount=amount,
            link_token=self._tokens.link_token(),
            phone_code=self._tokens.phone_code(),
            expires_at=dt.datetime.now(dt.timezone.utc) + self.lifetime,
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO deposit_requests "
                "(booking_id, amount, link_token, phone_code, expires_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (req.booking_id, req.amount, req.link_token, req.phone_code, req.expires_at),
            )
        return req

    def find_by_link(self, token: str) -> tuple | None:
        with psycopg.connect(self._dsn) as conn:
            return conn.execute(
                "SELECT booking_id, amount, expires_at FROM deposit_requests "
                "WHERE link_token = %s AND paid_at IS NULL AND expires_at > now()",
                (token,),
            ).fetchone()
