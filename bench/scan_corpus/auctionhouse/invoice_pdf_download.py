"""Buyer invoice downloads for the 'My purchases' area of the bidder account."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404


def _resolve_invoice(sale_code: str, requested: str) -> Path:
    root = Path(settings.INVOICE_PDF_ROOT).resolve()
    candidate = (root / sale_code / requested).resolve()
    if not candidate.is_relative_to(root) or candidate.suffix != ".pdf":
        raise Http404("no such invoice")
    if not candidate.is_file():
        raise Http404("no such invoice")
    return candidate


@login_required
def download_invoice(request, sale_code):
    requested = request.GET.get("file", "")
    path = _resolve_invoice(sale_code, requested)

    invoice_number = path.stem
    if not request.user.bidder.invoices.filter(number=invoice_number, sale__code=sale_code).exists():
        raise Http404("no such invoice")

    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=path.name,
        content_type="application/pdf",
    )
