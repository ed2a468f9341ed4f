"""Invoice PDF download for trade account holders.

Monthly statements and individual invoices are rendered to PDF by the
accounts system and dropped into a shared folder. The portal lets account
holders download their own invoices by invoice number.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from limeworks.accounts.models import Invoice


def invoice_file(invoice: Invoice) -> Path:
    return Path(settings.INVOICE_PDF_ROOT) / invoice.stored_pdf_name


@login_required
def download_invoice(request: HttpRequest, invoice_number: str) -> FileResponse:
    invoice = get_object_or_404(
        Invoice,
        number=invoice_number,
        trade_account=request.user.trade_account,
    )
    path = invoice_file(invoice)
    if not path.is_file():
        raise Http404("Invoice PDF not yet generated")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"invoice-{invoice.number}.pdf",
        content_type="application/pdf",
    )


@login_required
def download_statement(request: HttpRequest, year: int, month: int) -> FileResponse:
    account = request.user.trade_account
    statement = get_object_or_404(
        account.statements, period_year=int(year), period_month=int(month)
    )
    path = Path(settings.INVOICE_PDF_ROOT) / "statements" / statement.stored_pdf_name
    if not path.is_file():
        raise Http404("Statement not available")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"statement-{account.number}-{year}-{month:02d}.pdf",
        content_type="application/pdf",
    )
