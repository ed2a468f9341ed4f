"""Invoice PDF delivery for restaurant customers.

Restaurants download their invoices for smoked-fish deliveries from the
buyer dashboard. The dashboard links to invoices by invoice number; the
stored file location is looked up in the invoice table.
"""

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404


class InvoiceDocument(models.Model):
    invoice_no = models.CharField(max_length=20, unique=True)
    restaurant = models.ForeignKey("buyers.Restaurant", on_delete=models.CASCADE)
    storage_name = models.CharField(max_length=80)
    issued_on = models.DateField()

    class Meta:
        app_label = "invoicing"

    @property
    def file_path(self) -> str:
        return os.path.join(settings.INVOICE_PDF_ROOT, self.storage_name)


@login_required
def download_invoice(request, invoice_no: str):
    restaurant = request.user.buyer_profile.restaurant
    doc = get_object_or_404(InvoiceDocument, invoice_no=invoice_no, restaurant=restaurant)
    path = doc.file_path
    if not os.path.exists(path):
        raise Http404("invoice file missing")
    return FileResponse(
        open(path, "rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"invoice_{doc.invoice_no}.pdf",
    )
