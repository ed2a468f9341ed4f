"""Archive of issued invoice PDFs, fetched by the accounts office and the portal."""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from accounts.models import Invoice

log = logging.getLogger(__name__)

ARCHIVE_DIR = os.path.realpath(settings.INVOICE_ARCHIVE_DIR)


def archive_path(year: str, filename: str) -> str:
    joined = os.path.realpath(os.path.join(ARCHIVE_DIR, year, filename))
    if os.path.commonpath([ARCHIVE_DIR, joined]) != ARCHIVE_DIR:
        raise Http404("no such invoice")
    return joined


@login_required
def invoice_pdf(request, year: str, filename: str):
    invoice = Invoice.objects.filter(pdf_name=filename, issued_on__year=int(year)).first()
    if invoice is None:
        raise Http404("no such invoice")
    if not request.user.is_staff and invoice.account_id != request.user.profile.account_id:
        raise Http404("no such invoice")
    path = archive_path(year, filename)
    if not os.path.isfile(path):
        log.error("invoice %s listed but missing from archive", invoice.number)
        raise Http404("no such invoice")
    return FileResponse(open(path, "rb"), content_type="application/pdf", filename=filename)


def purge_year(year: int) -> int:
    removed = 0
    for invoice in Invoice.objects.filter(issued_on__year=year, retained=False):
        path = archive_path(str(year), invoice.pdf_name)
        if os.path.exists(path):
            os.remove(path)
            removed += 1
    return removed
