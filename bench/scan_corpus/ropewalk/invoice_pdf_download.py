"""Invoice PDF downloads for trade customers.

The accounts package renders invoices into a flat folder using its own
generated file names; the portal maps an invoice number, scoped to the
signed-in customer's account, to that stored name.
"""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from ropewalk.billing.models import Invoice


def invoice_file_path(invoice: Invoice) -> str:
    return os.path.join(settings.INVOICE_PDF_DIR, invoice.pdf_filename)


@login_required
def download_invoice(request, invoice_no: str):
    invoice = get_object_or_404(
        Invoice,
        number=invoice_no,
        account=request.user.trade_account,
        voided=False,
    )
    if not invoice.pdf_filename:
        raise Http404("invoice has not been rendered yet")
    path = invoice_file_path(invoice)
    return FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=f"Ropewalk-invoice-{invoice.number}.pdf",
        content_type="application/pdf",
    )
