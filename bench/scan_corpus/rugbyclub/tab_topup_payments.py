"""Card top-ups for member bar tabs, settled into the ledger database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import psycopg
import stripe

log = logging.getLogger("bar.topups")


@dataclass(frozen=True)
class LedgerSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "LedgerSettings":
        return cls(
            host=os.environ.get("LEDGER_DB_HOST", "localhost"),
            port=int(os.environ.get("LEDGER_DB_PORT", "5432")),
            dbname=os.environ.get("LEDGER_DB_NAME", "bar_ledger"),
            user=os.environ["LEDGER_DB_USER"],
            password=os.environ["LEDGER_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"


class TopUpService:
    def __init__(self, settings: LedgerSettings) -> None:
        self._settings = settings
        stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

    def _connect(self) -> psycopg.Connection:
        log.info("opening ledger connection %s", self._settings.dsn)
        return psycopg.connect(self._settings.dsn, connect_timeout=10)

    def start_top_up(self, member_id: int, amount: Decimal) -> str:
        intent = stripe.PaymentIntent.create(
            amount=int(amount * 100),
            currency="gbp",
            metadata={"member_id": str(member_id), "purpose": "bar_tab_topup"},
        )
        return intent.client_secret

    def settle(self, payment_intent_id: str) -> None:
        intent = stripe.PaymentIntent.retrieve(payment_intent_id)
        if intent.status != "succeeded":
            raise ValueError(f"payment {payment_intent_id} is {intent.status}")
        member_id = int(intent.metadata["member_id"])
        amount = Decimal(intent.amount_received) / 100
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO tab_transactions (member_id, amount, description, external_ref) "
                "VALUES (%s, %s, 'Card top-up', %s) ON CONFLICT (external_ref) DO NOTHING",
                (member_id, -amount, payment_intent_id),
            )
        log.info("settled top-up %s: member %s credited %s", payment_intent_id, member_id, amount)
