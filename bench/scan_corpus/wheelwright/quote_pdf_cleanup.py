"""Housekeeping for generated quote PDFs.

Each time an estimator re-prices a quote a new PDF is rendered. Superseded
PDFs pile up, so the quotes screen has a "discard" button next to each one.
"""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.views.decorators.http import require_GET, require_POST

log = logging.getLogger(__name__)


def _pdf_dir() -> str:
    return settings.QUOTE_PDF_DIR


@require_GET
@login_required
def list_quote_pdfs(request, quote_number):
    prefix = f"{quote_number}-"
    entries = []
    with os.scandir(_pdf_dir()) as it:
        for entry in it:
            if entry.is_file() and entry.name.startswith(prefix) and entry.name.endswith(".pdf"):
                st = entry.stat()
                entries.append({"name": entry.name, "bytes": st.st_size, "modified": st.st_mtime})
    entries.sort(key=lambda e: e["modified"], reverse=True)
    return JsonResponse({"quote": quote_number, "pdfs": entries})


@require_POST
@login_required
@permission_required("quotes.change_quote", raise_exception=True)
def discard_quote_pdf(request):
    filename = request.POST.get("filename", "")
    if not filename.endswith(".pdf"):
        return HttpResponseBadRequest("only quote PDFs can be discarded")
    target = os.path.join(_pdf_dir(), filename)
    if not os.path.exists(target):
        return HttpResponseNotFound("already gone")
    os.remove(target)
    log.info("%s discarded quote PDF %s", request.user.get_username(), filename)
    return JsonResponse({"discarded": filename})
