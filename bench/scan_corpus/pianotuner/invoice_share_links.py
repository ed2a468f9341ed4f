"""Shareable invoice links so customers can forward a bill to a spouse or school bursar."""
import secrets
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from pianotuner.models import Invoice, InvoiceShare
from pianotuner.settings import settings


def invoice_number(prefix: str = "PT") -> str:
    stamp = time.strftime("%Y%m", time.gmtime())
    return f"{prefix}-{stamp}-{int(time.time() * 1000) % 100000:05d}"


class InvoiceShareService:
    def __init__(self, session: Session, ttl_days: int = 30):
        self.session = session
        self.ttl = timedelta(days=ttl_days)

    def create_share(self, invoice: Invoice, recipient_email: str) -> str:
        token = secrets.token_urlsafe(32)
        self.session.add(
            InvoiceShare(
                invoice_id=invoice.id,
                token=token,
                recipient_email=recipient_email,
                expires_at=datetime.now(timezone.utc) + self.ttl,
            )
        )
        self.session.commit()
        return f"{settings.portal_url}/invoices/shared/{token}"

    def open_share(self, token: str):
        share = self.session.scalar(select(InvoiceShare).where(InvoiceShare.token == token))
        if share is None or share.expires_at < datetime.now(timezone.utc):
            return None
        return self.session.get(Invoice, share.invoice_id)

    def revoke_all(self, invoice: Invoice) -> int:
        shares = self.session.scalars(
            select(InvoiceShare).where(InvoiceShare.invoice_id == invoice.id)
        ).all()
        for share in shares:
            self.session.delete(share)
        self.session.commit()
        return len(shares)
