"""Django views for e-receipts: customers who tap a card at a kiosk can fetch the PDF."""

import logging
import os

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from receipts.models import Kiosk, Receipt

log = logging.getLogger(__name__)


@require_GET
def receipt_list(request, kiosk_code):
    kiosk = get_object_or_404(Kiosk, code=kiosk_code, active=True)
    last4 = request.GET.get("last4", "")
    if len(last4) != 4 or not last4.isdigit():
        return JsonResponse({"error": "last4 required"}, status=400)
    receipts = Receipt.objects.filter(kiosk=kiosk, card_last4=last4).order_by("-created_at")[:20]
    return JsonResponse(
        {
            "receipts": [
                {"id": r.pk, "total": str(r.total), "at": r.created_at.isoformat(), "file": r.pdf_name}
                for r in receipts
            ]
        }
    )


@require_GET
def receipt_pdf(request, kiosk_code):
    kiosk = get_object_or_404(Kiosk, code=kiosk_code, active=True)
    name = request.GET.get("file", "")
    if not name.endswith(".pdf"):
        raise Http404("not a receipt")
    path = os.path.join(settings.RECEIPT_ROOT, kiosk.code, name)
    if not os.path.exists(path):
        raise Http404("receipt not found")
    log.info("receipt %s downloaded for kiosk %s", name, kiosk.code)
    return FileResponse(open(path, "rb"), content_type="application/pdf")
