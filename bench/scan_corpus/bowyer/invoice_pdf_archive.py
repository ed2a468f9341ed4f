"""Let customers re-download invoices for their bow orders."""
import os
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

INVOICE_ROOT = Path(os.environ.get("INVOICE_ROOT", "/srv/bowyer/invoices"))


class Invoice(models.Model):
    number = models.CharField(max_length=20, unique=True)
    customer = models.ForeignKey("customers.Customer", on_delete=models.PROTECT)
    order_ref = models.CharField(max_length=20)
    issued_on = models.DateField()
    # path relative to INVOICE_ROOT, written by the invoicing job, never by users
    stored_path = models.CharField(max_length=255)

    def file_path(self) -> Path:
        return INVOICE_ROOT / self.stored_path

    def download_name(self) -> str:
        return f"invoice-{self.number}.pdf"


def store_generated_invoice(invoice: Invoice, pdf_bytes: bytes) -> None:
    relative = Path(str(invoice.issued_on.year)) / f"{invoice.pk:08d}.pdf"
    target = INVOICE_ROOT / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf_bytes)
    invoice.stored_path = str(relative)
    invoice.save(update_fields=["stored_path"])


@login_required
def download_invoice(request, invoice_id: int):
    invoice = get_object_or_404(Invoice, pk=invoice_id, customer__user=request.user)
    path = invoice.file_path()
    if not path.is_file():
        raise Http404("invoice file missing")
    return FileResponse(path.open("rb"), as_attachment=True, filename=invoice.download_name())


@login_required
def invoice_list(request):
    from django.http import JsonResponse

    rows = Invoice.objects.filter(customer__user=request.user).order_by("-issued_on")
    return JsonResponse(
        {"invoices": [
            {"id": i.pk, "number": i.number, "order": i.order_ref, "issued": i.issued_on.isoformat()}
            for i in rows
        ]}
    )
