"""Archive of generated hire invoices, downloadable from the customer portal."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .models import Booking, Invoice


@dataclass(frozen=True)
class InvoiceLocation:
    booking_id: int
    invoice_number: int
    issued_on: dt.date

    @property
    def directory(self) -> str:
        return os.path.join(settings.INVOICE_ROOT, f"{self.issued_on:%Y}", f"{self.issued_on:%m}")

    @property
    def filename(self) -> str:
        return f"OG-{self.invoice_number:07d}-B{self.booking_id}.pdf"

    @property
    def path(self) -> str:
        return os.path.join(self.directory, self.filename)


def store_invoice_pdf(invoice: Invoice, pdf_bytes: bytes) -> str:
    location = InvoiceLocation(invoice.booking_id, invoice.number, invoice.issued_on)
    os.makedirs(location.directory, mode=0o750, exist_ok=True)
    with open(location.path, "wb") as fh:
        fh.write(pdf_bytes)
    return location.path


@login_required
def download_invoice(request: HttpRequest, booking_id: int) -> FileResponse:
    booking = get_object_or_404(Booking, pk=booking_id, customer__user=request.user)
    invoice = booking.invoices.order_by("-issued_on").first()
    if invoice is None:
        raise Http404("no invoice yet")
    location = InvoiceLocation(booking.pk, invoice.number, invoice.issued_on)
    if not os.path.isfile(location.path):
        raise Http404("invoice file missing")
    return FileResponse(
        open(location.path, "rb"),
        as_attachment=True,
        filename=location.filename,
        content_type="application/pdf",
    )
