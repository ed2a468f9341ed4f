"""Creates short-lived payment links that are emailed to customers after a tuning visit."""
import random
import string
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_TTL = timedelta(days=7)


class PaymentLinkService:
    def __init__(self, engine: Engine, public_base_url: str):
        self.engine = engine
        self.public_base_url = public_base_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))

    def create_link(self, invoice_id: int, amount: Decimal, currency: str = "EUR") -> str:
        token = self._new_token()
        expires_at = datetime.now(timezone.utc) + LINK_TTL
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO payment_links (token, invoice_id, amount, currency, expires_at) "
                    "VALUES (:token, :invoice_id, :amount, :currency, :expires_at)"
                ),
                {
                    "token": token,
                    "invoice_id": invoice_id,
                    "amount": amount,
                    "currency": currency,
                    "expires_at": expires_at,
                },
            )
        return f"{self.public_base_url}/pay/{token}"

    def resolve(self, token: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT invoice_id, amount, currency, expires_at, paid_at "
                    "FROM payment_links WHERE token = :token"
                ),
                {"token": token},
            ).mappings().first()
        if row is None or row["paid_at"] is not None:
            return None
        if row["expires_at"] < datetime.now(timezone.utc):
            return None
        return dict(row)
