"""Stores cover artwork proofs uploaded by designers.

Files are stored under a server-generated id; the designer's original file
name is kept only as metadata in the database.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

ARTWORK_ROOT = Path(os.environ.get("ARTWORK_ROOT", "/srv/artwork"))
IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif"}


class ArtworkProof(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    release_id = models.IntegerField(db_index=True)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "artwork"

    @property
    def storage_path(self) -> Path:
        return ARTWORK_ROOT / str(self.release_id) / f"{self.id.hex}{IMAGE_TYPES[self.content_type]}"


@login_required
@require_http_methods(["POST"])
def upload_proof(request: HttpRequest, release_id: int) -> JsonResponse:
    upload = request.FILES.get("artwork")
    if upload is None or upload.content_type not in IMAGE_TYPES:
        return JsonResponse({"error": "JPEG, PNG or TIFF required"}, status=400)
    proof = ArtworkProof(
        release_id=release_id,
        original_name=upload.name[:255],
        content_type=upload.content_type,
    )
    target = proof.storage_path
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    proof.save()
    return JsonResponse({"proof_id": str(proof.id), "name": proof.original_name}, status=201)


@login_required
def download_proof(request: HttpRequest, proof_id: uuid.UUID) -> FileResponse:
    proof = get_object_or_404(ArtworkProof, pk=proof_id)
    path = proof.storage_path
    if not path.is_file():
        raise Http404("proof file missing")
    return FileResponse(path.open("rb"), as_attachment=True, filename=proof.original_name)
