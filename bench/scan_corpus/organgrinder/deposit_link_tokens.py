"""One-time payment links that customers use to pay the hire deposit."""
from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal

import psycopg

TOKEN_ALPHABET = string.ascii_letters + string.digits


@dataclass
class DepositLink:
    booking_id: int
    amount: Decimal
    token: str
    expires_at: dt.datetime
    currency: str = "GBP"
    used: bool = field(default=False)

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/pay/{self.token}"


class DepositLinkIssuer:
    """Creates and redeems deposit payment links stored in Postgres."""

    token_length = 32
    lifetime = dt.timedelta(days=5)

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _new_token(self) -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=self.token_length))

    def issue(self, booking_id: int, amount: Decimal) -> DepositLink:
        link = DepositLink(
            booking_id=booking_id,
            amount=amount,
            token=self._new_token(),
            expires_at=dt.datetime.now(dt.timezone.utc) + self.lifetime,
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO deposit_links (booking_id, amount, currency, token, expires_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (link.booking_id, link.amount, link.currency, link.token, link.expires_at),
            )
        return link

    def redeem(self, token: str) -> DepositLink | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "UPDATE deposit_links SET used = true "
                "WHERE token = %s AND used = false AND expires_at > now() "
                "RETURNING booking_id, amount, currency, token, expires_at",
                (token,),
            ).fetchone()
        if row is None:
            return None
        booking_id, amount, currency, tok, expires_at = row
        return DepositLink(booking_id, amount, tok, expires_at, currency, used=True)
