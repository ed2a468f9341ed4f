"""Issues payment links for outstanding restoration invoices."""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class LinkSettings:
    public_base_url: str
    token_bytes: int = 32
    ttl: timedelta = timedelta(days=10)


class PaymentLinkIssuer:
    def __init__(self, engine: Engine, settings: LinkSettings):
        self.engine = engine
        self.settings = settings

    def _generate_token(self) -> str:
        return secrets.token_urlsafe(self.settings.token_bytes)

    def issue(self, invoice_id: int, amount: Decimal, currency: str = "EUR") -> str:
        token = self._generate_token()
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
                    "expires_at": datetime.now(timezone.utc) + self.settings.ttl,
                },
            )
        return f"{self.settings.public_base_url.rstrip('/')}/pay/{token}"

    def revoke_for_invoice(self, invoice_id: int) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE payment_links SET revoked_at = :now "
                    "WHERE invoice_id = :invoice_id AND paid_at IS NULL AND revoked_at IS NULL"
                ),
                {"now": datetime.now(timezone.utc), "invoice_id": invoice_id},
            )
        return result.rowcount
