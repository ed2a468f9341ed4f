"""Django views that let drivers download their published roster and payslip PDFs."""
from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

DOCUMENT_KINDS = {
    "roster": "rosters",
    "payslip": "payslips",
}


def _document_root(kind: str) -> str:
    try:
        sub = DOCUMENT_KINDS[kind]
    except KeyError:
        raise Http404("unknown document kind")
    return os.path.join(settings.DRIVER_DOCS_ROOT, sub)


def _resolve_document(kind: str, staff_number: str, filename: str) -> str:
    if not filename.lower().endswith(".pdf"):
        raise Http404("only PDF documents are served")
    return os.path.join(_document_root(kind), staff_number, filename)


@login_required
@require_GET
def download_document(request: HttpRequest, kind: str) -> FileResponse:
    staff_number = request.user.driver_profile.staff_number
    filename = request.GET.get("file", "")
    path = _resolve_document(kind, staff_number, filename)
    if not os.path.isfile(path):
        raise Http404("document not found")
    return FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=os.path.basename(path),
        content_type="application/pdf",
    )


@login_required
@require_GET
def list_documents(request: HttpRequest, kind: str):
    from django.http import JsonResponse

    staff_number = request.user.driver_profile.staff_number
    folder = os.path.join(_document_root(kind), staff_number)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf")) if os.path.isdir(folder) else []
    return JsonResponse({"kind": kind, "documents": names})
