"""Invoice PDF downloads for restaurant and wholesale customers.

Invoice PDFs are rendered by the billing job and their storage path is
recorded on the invoice row; customers pick an invoice by number and the
view streams the stored file.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from billing.models import Invoice


def _invoice_for(request, number: str) -> Invoice:
    try:
        return Invoice.objects.select_related("customer").get(
            number=number, customer__portal_users=request.user
        )
    except Invoice.DoesNotExist:
        raise Http404("no such invoice")


@login_required
def invoice_pdf(request, number: str):
    invoice = _invoice_for(request, number)
    if not invoice.pdf_path:
        raise Http404("invoice not rendered yet")
    stored = Path(settings.INVOICE_PDF_ROOT) / invoice.pdf_path
    if not stored.is_file():
        raise Http404("invoice file missing")
    return FileResponse(
        stored.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"invoice-{invoice.number}.pdf",
    )


@login_required
def credit_note_pdf(request, number: str, note_no: int):
    invoice = _invoice_for(request, number)
    note = invoice.credit_notes.filter(sequence=note_no).first()
    if note is None or not note.pdf_path:
        raise Http404("no such credit note")
    stored = Path(settings.INVOICE_PDF_ROOT) / note.pdf_path
    return FileResponse(
        stored.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"credit-note-{invoice.number}-{note.sequence}.pdf",
    )
