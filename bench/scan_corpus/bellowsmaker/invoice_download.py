"""Invoice PDF downloads for the customer account pages.

Invoices are rendered once by the billing worker into INVOICE_DIR as
<year>/<invoice number>.pdf and served from there on request.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .models import Invoice

INVOICE_DIR = Path(getattr(settings, "INVOICE_DIR", "/srv/bellows/invoices")).resolve()


def _invoice_path(year: str, filename: str) -> Path:
    candidate = (INVOICE_DIR / year / filename).resolve()
    if not candidate.is_relative_to(INVOICE_DIR):
        raise Http404("No such invoice")
    if candidate.suffix.lower() != ".pdf":
        raise Http404("No such invoice")
    return candidate


@login_required
def download_invoice(request, year: str, filename: str):
    number = Path(filename).stem
    invoice = get_object_or_404(Invoice, number=number, issued_on__year=year)
    if invoice.customer_id != request.user.customer.id and not request.user.is_staff:
        raise Http404("No such invoice")
    path = _invoice_path(year, filename)
    if not path.is_file():
        raise Http404("Invoice not rendered yet")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"bellows-invoice-{invoice.number}.pdf",
        content_type="application/pdf",
    )


@login_required
def list_invoices(request):
    from django.http import JsonResponse

    qs = Invoice.objects.filter(customer_id=request.user.customer.id).order_by("-issued_on")
    return JsonResponse({
        "invoices": [
            {
                "number": inv.number,
                "issued_on": inv.issued_on.isoformat(),
                "total": str(inv.total),
                "url": f"/account/invoices/{inv.issued_on.year}/{inv.number}.pdf",
            }
            for inv in qs[:100]
        ]
    })
