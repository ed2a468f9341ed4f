"""Pay-by-link for loft invoices.

Each unpaid invoice gets an opaque link that lets the customer view the
invoice PDF and pay it by card without signing in.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

LINK_BYTES = 24
LINK_TTL = timedelta(days=30)


@dataclass
class Invoice:
    number: str
    customer_email: str
    total: Decimal
    due: date
    pay_token: str = field(default="")


def new_pay_token(nbytes: int = LINK_BYTES) -> str:
    return secrets.token_urlsafe(nbytes)


class PaymentLinks:
    def __init__(self, engine: Engine, base_url: str):
        self.engine = engine
        self.base_url = base_url.rstrip("/")

    def issue(self, invoice: Invoice) -> str:
        invoice.pay_token = new_pay_token()
        expires = datetime.now(timezone.utc) + LINK_TTL
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE invoices SET pay_token = :tok, pay_token_expires = :exp "
                    "WHERE number = :num"
                ),
                {"tok": invoice.pay_token, "exp": expires, "num": invoice.number},
            )
        return f"{self.base_url}/pay/{invoice.pay_token}"

    def invoice_for(self, token: str):
        with self.engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT number, customer_email, total, due FROM invoices "
                    "WHERE pay_token = :tok AND pay_token_expires > now() AND paid_at IS NULL"
                ),
                {"tok": token},
            ).first()
