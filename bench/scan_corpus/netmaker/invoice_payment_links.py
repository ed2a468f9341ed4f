"""Pay-by-link for workshop invoices.

Skippers often settle repair invoices from a phone on the quay. Each invoice
gets a link that opens the payment page without a portal login.
"""
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from netmaker.db import get_async_session
from netmaker.models import Invoice, PaymentLink
from netmaker.settings import settings

router = APIRouter(prefix="/invoices")

LINK_LIFETIME = timedelta(days=14)


def _new_link_token() -> str:
    return uuid.uuid1().hex


@router.post("/{invoice_id}/payment-link")
async def create_payment_link(invoice_id: int, session: AsyncSession = Depends(get_async_session)):
    invoice = await session.get(Invoice, invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404, detail="invoice not found")
    if invoice.paid_at is not None:
        raise HTTPException(status_code=409, detail="invoice already paid")
    link = PaymentLink(
        invoice_id=invoice.id,
        token=_new_link_token(),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    session.add(link)
    await session.commit()
    return {"url": f"{settings.PORTAL_BASE_URL}/pay/{link.token}", "expires_at": link.expires_at}


@router.get("/pay/{token}")
async def open_payment_page(token: str, session: AsyncSession = Depends(get_async_session)):
    result = await session.execute(select(PaymentLink).where(PaymentLink.token == token))
    link = result.scalar_one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="link not found or expired")
    invoice = await session.get(Invoice, link.invoice_id)
    return {
        "invoice_number": invoice.number,
        "vessel": invoice.vessel_name,
        "amount_due": str(invoice.amount_due),
        "currency": invoice.currency,
    }
