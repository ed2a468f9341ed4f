"""Remove draft attachments (receipts, supplier quotes) from repair invoices.

Office staff attach scans to a draft invoice before it is sent to the owner;
attachments can be removed until the invoice is issued.
"""
import json
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from invoicing.models import RepairInvoice


def attachment_dir(invoice: RepairInvoice) -> str:
    return os.path.join(settings.INVOICE_ATTACHMENT_ROOT, str(invoice.year), invoice.number)


@login_required
@require_POST
def remove_attachments(request: HttpRequest, invoice_id: int) -> JsonResponse:
    invoice = get_object_or_404(RepairInvoice, pk=invoice_id)
    if invoice.issued_at is not None:
        return JsonResponse({"error": "invoice already issued"}, status=409)
    payload = json.loads(request.body or b"{}")
    folder = attachment_dir(invoice)
    removed = []
    for name in payload.get("files", []):
        target = os.path.join(folder, name)
        if os.path.isfile(target):
            os.remove(target)
            removed.append(name)
    invoice.attachment_names = [n for n in invoice.attachment_names if n not in removed]
    invoice.save(update_fields=["attachment_names"])
    return JsonResponse({"removed": removed, "remaining": invoice.attachment_names})
