"""Finance team views over the archive of council invoice PDFs.

Invoices are rendered once per council per month and kept in an archive
folder; drafts wait in a ``drafts`` sub-folder until approved, and finance
staff can withdraw (delete) a draft before it is sent.
"""
from __future__ import annotations

import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

log = logging.getLogger(__name__)


def _archive_dir() -> str:
    return settings.INVOICE_ARCHIVE_DIR


@require_GET
@permission_required("invoicing.view_invoice")
def list_archive(request):
    entries = []
    for name in sorted(os.listdir(_archive_dir())):
        if name.endswith(".pdf"):
            stat = os.stat(os.path.join(_archive_dir(), name))
            entries.append({"name": name, "size": stat.st_size, "modified": stat.st_mtime})
    return JsonResponse({"invoices": entries})


@require_GET
@permission_required("invoicing.view_invoice")
def download_invoice(request, invoice_number: str):
    name = f"{invoice_number}.pdf"
    if name not in os.listdir(_archive_dir()):
        raise Http404("invoice not found")
    return FileResponse(open(os.path.join(_archive_dir(), name), "rb"), as_attachment=True)


@require_POST
@permission_required("invoicing.delete_invoice")
def withdraw_draft(request):
    name = request.POST.get("file", "")
    if not name.endswith(".pdf"):
        return JsonResponse({"error": "expected a PDF file name"}, status=400)
    path = os.path.join(_archive_dir(), "drafts", name)
    if not os.path.exists(path):
        raise Http404("draft not found")
    os.remove(path)
    log.info("user %s withdrew draft invoice %s", request.user.username, name)
    return JsonResponse({"withdrawn": name})
