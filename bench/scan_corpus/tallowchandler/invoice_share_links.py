"""Shareable invoice links emailed to chapel treasurers who have no portal login."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, render_template, url_for

from tallow.db import db
from tallow.models import Invoice, InvoiceShare
from tallow.mail import send_mail

bp = Blueprint("invoice_share", __name__, url_prefix="/i")

SHARE_LIFETIME = timedelta(days=30)


class ShareLinkFactory:
    def __init__(self, lifetime: timedelta = SHARE_LIFETIME):
        self.lifetime = lifetime

    def new_key(self) -> str:
        return uuid.uuid1().hex

    def create(self, invoice: Invoice) -> InvoiceShare:
        share = InvoiceShare(
            invoice_id=invoice.id,
            key=self.new_key(),
            expires_at=datetime.now(timezone.utc) + self.lifetime,
        )
        db.session.add(share)
        db.session.commit()
        return share


factory = ShareLinkFactory()


def email_invoice_to_treasurer(invoice: Invoice) -> None:
    share = factory.create(invoice)
    link = url_for("invoice_share.view", key=share.key, _external=True)
    send_mail(
        to=invoice.account.billing_email,
        subject=f"Invoice {invoice.number} from Hollins & Daughter Chandlers",
        body=render_template("mail/invoice_share.txt", invoice=invoice, link=link),
    )


@bp.get("/<key>")
def view(key: str):
    share = InvoiceShare.query.filter_by(key=key).first()
    if share is None or share.expires_at < datetime.now(timezone.utc):
        abort(404)
    return render_template("invoice/public.html", invoice=share.invoice)
