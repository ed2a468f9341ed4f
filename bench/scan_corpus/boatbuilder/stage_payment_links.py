"""Payment links for customer stage invoices.

A build contract is paid in stages (deposit, hull planked, decked,
engine installed, launch).  When the foreman signs a stage off, the
office emails the customer a one-off link to the card payment page.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=14)


@dataclass
class StageInvoice:
    invoice_id: int
    project_id: int
    stage: str
    amount: Decimal
    customer_email: str


class PaymentLinkService:
    def __init__(self, engine: Engine, base_url: str) -> None:
        self.engine = engine
        self.base_url = base_url.rstrip("/")

    def _new_token(self) -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=32))

    def issue(self, invoice: StageInvoice) -> str:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + LINK_LIFETIME
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO payment_links (token, invoice_id, expires_at) "
                    "VALUES (:token, :invoice_id, :expires)"
                ),
                {"token": token, "invoice_id": invoice.invoice_id, "expires": expires},
            )
        return f"{self.base_url}/pay/{token}"

    def resolve(self, token: str) -> int | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT invoice_id FROM payment_links "
                    "WHERE token = :token AND expires_at > :now AND used_at IS NULL"
                ),
                {"token": token, "now": datetime.now(timezone.utc)},
            ).first()
        return row.invoice_id if row else None

    def mark_used(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE payment_links SET used_at = :now WHERE token = :token"),
                {"token": token, "now": datetime.now(timezone.utc)},
            )
