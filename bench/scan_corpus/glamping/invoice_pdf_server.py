"""Serves booking invoices as PDF files.

Invoices are rendered by the billing worker into
``<INVOICE_DIR>/<booking id>/invoice-<invoice number>.pdf``. Both parts
of the path come from the database row, never from the request.
"""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .models import Booking, Invoice


def invoice_path(invoice: Invoice) -> Path:
    return Path(settings.INVOICE_DIR) / str(int(invoice.booking_id)) / f"invoice-{int(invoice.number):06d}.pdf"


@login_required
def download_invoice(request: HttpRequest, booking_id: int) -> FileResponse:
    booking = get_object_or_404(Booking, pk=booking_id, guest__user=request.user)
    invoice = (
        Invoice.objects.filter(booking=booking, voided=False).order_by("-issued_at").first()
    )
    if invoice is None:
        raise Http404("no invoice yet")
    path = invoice_path(invoice)
    if not path.is_file():
        raise Http404("invoice is still being generated")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"{booking.reference}-invoice.pdf",
        content_type="application/pdf",
    )


@login_required
def list_invoices(request: HttpRequest, booking_id: int):
    from django.http import JsonResponse

    booking = get_object_or_404(Booking, pk=booking_id, guest__user=request.user)
    invoices = Invoice.objects.filter(booking=booking).order_by("issued_at")
    return JsonResponse(
        {
            "booking": booking.reference,
            "invoices": [
                {"number": inv.number, "issued": inv.issued_at.isoformat(), "voided": inv.voided}
                for inv in invoices
            ],
        }
    )
