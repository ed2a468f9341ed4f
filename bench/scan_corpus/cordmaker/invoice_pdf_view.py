"""Serve rendered invoice PDFs to trade customers."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from billing.models import Invoice


class InvoiceArchive:
    def __init__(self, base: str = settings.INVOICE_ARCHIVE_DIR) -> None:
        self.base = Path(base)

    def pdf_path(self, account_code: str, document: str) -> Path:
        return self.base / account_code / document


archive = InvoiceArchive()


@login_required
def invoice_pdf(request, invoice_no: str):
    invoice = Invoice.objects.filter(
        number=invoice_no, account__members=request.user
    ).select_related("account").first()
    if invoice is None:
        raise Http404("invoice not found")
    document = request.GET.get("doc", invoice.pdf_name)
    path = archive.pdf_path(invoice.account.code, document)
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise Http404("document missing")
    return FileResponse(handle, content_type="application/pdf", filename=path.name)
