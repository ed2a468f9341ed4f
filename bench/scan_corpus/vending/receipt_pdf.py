"""Django view serving e-receipt PDFs to customers who tapped a card at a kiosk."""

import logging
import os
import re

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from receipts.models import Kiosk, Receipt

log = logging.getLogger(__name__)

RECEIPT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.pdf$")


@require_GET
def receipt_pdf(request, kiosk_code):
    kiosk = get_object_or_404(Kiosk, code=kiosk_code, active=True)
    name = request.GET.get("file", "")
    if not RECEIPT_NAME.fullmatch(name):
        raise Http404("not a receipt")
    receipt = get_object_or_404(Receipt, kiosk=kiosk, pdf_name=name)

    path = os.path.join(settings.RECEIPT_ROOT, kiosk.code, receipt.pdf_name)
    if not os.path.exists(path):
        raise Http404("receipt not found")
    log.info("receipt %s downloaded for kiosk %s", receipt.pk, kiosk.code)
    return FileResponse(open(path, "rb"), content_type="application/pdf")
