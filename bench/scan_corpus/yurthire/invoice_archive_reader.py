"""Serves archived hire invoices; the file is located from the invoice record, not the URL."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404, render

from .models import Invoice


def invoice_path(invoice: Invoice) -> Path:
    """Archive layout: ``<INVOICE_ARCHIVE>/<year>/<invoice pk>.pdf``."""
    return Path(settings.INVOICE_ARCHIVE) / f"{invoice.issued_on.year:04d}" / f"{invoice.pk:d}.pdf"


def _visible_invoices(request: HttpRequest):
    qs = Invoice.objects.select_related("booking")
    if request.user.is_staff:
        return qs
    return qs.filter(booking__customer__user=request.user)


@login_required
def invoice_list(request: HttpRequest):
    invoices = _visible_invoices(request).order_by("-issued_on")[:100]
    return render(request, "invoices/list.html", {"invoices": invoices})


@login_required
def invoice_download(request: HttpRequest, number: str):
    invoice = get_object_or_404(_visible_invoices(request), number=number)
    path = invoice_path(invoice)
    if not path.is_file():
        raise Http404("invoice file has not been generated yet")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"yurthire-invoice-{invoice.number}.pdf",
        content_type="application/pdf",
    )
