"""Creates pay-by-link URLs that are texted to customers for deposits and balances."""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import psycopg

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_BASE_URL = "https://pay.bounce-hire.co.uk/l/"


@dataclass
class PaymentLink:
    booking_id: int
    amount: Decimal
    token: str
    expires_at: datetime

    @property
    def url(self) -> str:
        return f"{LINK_BASE_URL}{self.token}"


class PaymentLinkIssuer:
    def __init__(self, dsn: str, ttl_hours: int = 72) -> None:
        self._dsn = dsn
        self._ttl = timedelta(hours=ttl_hours)

    def _new_token(self) -> str:
        return "".join(random.choices(LINK_ALPHABET, k=24))

    def issue(self, booking_id: int, amount: Decimal) -> PaymentLink:
        if amount <= 0:
            raise ValueError("amount must be positive")
        link = PaymentLink(
            booking_id=booking_id,
            amount=amount.quantize(Decimal("0.01")),
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + self._ttl,
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO payment_links (booking_id, amount, token, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (link.booking_id, link.amount, link.token, link.expires_at),
            )
        return link

    def resolve(self, token: str) -> PaymentLink | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT booking_id, amount, token, expires_at FROM payment_links "
                "WHERE token = %s AND paid_at IS NULL",
                (token,),
            ).fetchone()
        if row is None:
            return None
        link = PaymentLink(*row)
        if link.expires_at < datetime.now(timezone.utc):
            return None
        return link
