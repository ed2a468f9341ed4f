"""Attachments on veterinary treatment records.

Vets attach prescriptions, necropsy photos and lab PDFs to a treatment
record; files live under ATTACHMENT_ROOT/<record_id>/.
"""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

ATTACHMENT_ROOT = Path(os.environ.get("VET_ATTACHMENT_ROOT", "/srv/vet/attachments")).resolve()


def attachment_path(record_id: int, filename: str) -> Path:
    record_dir = (ATTACHMENT_ROOT / str(record_id)).resolve()
    candidate = (record_dir / filename).resolve()
    if not candidate.is_relative_to(record_dir):
        raise Http404("attachment not found")
    return candidate


@require_GET
@login_required
@permission_required("health.view_treatment", raise_exception=True)
def download_attachment(request: HttpRequest, record_id: int, filename: str) -> FileResponse:
    path = attachment_path(record_id, filename)
    if not path.is_file():
        raise Http404("attachment not found")
    content_type, _ = mimetypes.guess_type(path.name)
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=path.name,
        content_type=content_type or "application/octet-stream",
    )


def list_attachments(record_id: int) -> list[dict]:
    record_dir = ATTACHMENT_ROOT / str(record_id)
    if not record_dir.is_dir():
        return []
    return [
        {"name": p.name, "bytes": p.stat().st_size}
        for p in sorted(record_dir.iterdir())
        if p.is_file()
    ]
