"""Download supporting documents attached to an invoice.

Accounts attach delivery notes, variation sign-offs and completion
certificates to invoices. The portal lists them by id; the stored path is
recorded when the file is attached and never taken from the request.
"""
import os
from dataclasses import dataclass
from typing import Optional

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, Http404

ATTACHMENT_ROOT = os.environ.get("ATTACHMENT_ROOT", "/srv/tiler/attachments")


@dataclass
class Attachment:
    id: int
    invoice_no: str
    label: str
    storage_key: str
    content_type: str


def fetch_attachment(attachment_id: int, customer_id: int) -> Optional[Attachment]:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT a.id, a.invoice_no, a.label, a.storage_key, a.content_type "
            "FROM billing_attachment a JOIN billing_invoice i ON i.number = a.invoice_no "
            "WHERE a.id = %s AND i.customer_id = %s",
            [attachment_id, customer_id],
        )
        row = cur.fetchone()
    return Attachment(*row) if row else None


@login_required
def download_attachment(request, attachment_id: int):
    customer_id = getattr(request.user, "customer_id", None)
    if customer_id is None:
        raise Http404
    attachment = fetch_attachment(attachment_id, customer_id)
    if attachment is None:
        raise Http404
    path = os.path.join(ATTACHMENT_ROOT, attachment.storage_key)
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(
        open(path, "rb"),
        content_type=attachment.content_type,
        as_attachment=True,
        filename=f"{attachment.invoice_no}-{attachment.label}.pdf",
    )
