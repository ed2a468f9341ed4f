"""Lets registered bidders download the PDF condition report for a lot."""

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .models import Sale


@login_required
def download_condition_report(request, sale_code):
    sale = get_object_or_404(Sale, code=sale_code, published=True)
    requested = request.GET.get("file", "")
    if not requested.endswith(".pdf"):
        raise Http404("no such report")

    report_dir = os.path.join(settings.CONDITION_REPORT_ROOT, sale.code)
    path = os.path.join(report_dir, requested)
    if not os.path.isfile(path):
        raise Http404("no such report")

    return FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=os.path.basename(path),
        content_type="application/pdf",
    )
