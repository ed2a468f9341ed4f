"""Storage for tower documents: risk assessments, access notes, bell inspection reports.

Uploads are stored under a server-generated id; the original file name is
kept only as metadata for the download's Content-Disposition header.
"""
from __future__ import annotations

import mimetypes
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST


class TowerDocument(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    tower_code = models.CharField(max_length=16)
    title = models.CharField(max_length=200)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    uploaded_at = models.DateTimeField(auto_now_add=True)


@dataclass(frozen=True)
class DocumentPaths:
    root: Path

    def for_document(self, doc: TowerDocument) -> Path:
        return self.root / doc.id.hex[:2] / doc.id.hex


def paths() -> DocumentPaths:
    return DocumentPaths(Path(settings.TOWER_DOCUMENT_ROOT))


@login_required
@require_POST
def upload(request: HttpRequest, tower_code: str) -> JsonResponse:
    incoming = request.FILES["document"]
    doc = TowerDocument(
        tower_code=tower_code.upper(),
        title=request.POST.get("title", incoming.name)[:200],
        original_name=Path(incoming.name).name[:255],
        content_type=mimetypes.guess_type(incoming.name)[0] or "application/octet-stream",
    )
    target = paths().for_document(doc)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as fh:
        for chunk in incoming.chunks():
            fh.write(chunk)
    doc.save()
    return JsonResponse({"id": str(doc.id)}, status=201)


@login_required
def download(request: HttpRequest, doc_id: uuid.UUID) -> FileResponse:
    doc = get_object_or_404(TowerDocument, pk=doc_id)
    path = paths().for_document(doc)
    if not path.is_file():
        raise Http404("document file missing")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=doc.original_name,
        content_type=doc.content_type,
    )
