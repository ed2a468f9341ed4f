"""One-time codes for approving large invoices and credit notes.

Anything over the approval threshold needs a director to confirm with a
code sent to their phone before it is released to the client.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Invoice, InvoiceApproval
from .sms import send_sms

APPROVAL_THRESHOLD = Decimal("5000.00")
CODE_TTL = timedelta(minutes=10)


@dataclass
class ApprovalResult:
    approved: bool
    reason: str = ""


def needs_approval(invoice: Invoice) -> bool:
    return invoice.total_inc_vat >= APPROVAL_THRESHOLD or invoice.is_credit_note


def start_approval(db: Session, invoice: Invoice, director) -> None:
    code = f"{secrets.randbelow(1_000_000):06d}"
    db.add(InvoiceApproval(
        invoice_id=invoice.id,
        director_id=director.id,
        code=code,
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    ))
    db.commit()
    send_sms(director.mobile, f"Approve invoice {invoice.number} (£{invoice.total_inc_vat}): {code}")


def confirm_approval(db: Session, invoice_id: int, director_id: int, submitted: str) -> ApprovalResult:
    pending = db.scalars(
        select(InvoiceApproval)
        .where(InvoiceApproval.invoice_id == invoice_id,
               InvoiceApproval.director_id == director_id,
               InvoiceApproval.used.is_(False))
        .order_by(InvoiceApproval.id.desc())
    ).first()
    if pending is None:
        return ApprovalResult(False, "no pending approval")
    if pending.expires_at < datetime.now(timezone.utc):
        return ApprovalResult(False, "code expired")
    if submitted.strip() != pending.code:
        return ApprovalResult(False, "code does not match")
    pending.used = True
    db.get(Invoice, invoice_id).status = "approved"
    db.commit()
    return ApprovalResult(True)
