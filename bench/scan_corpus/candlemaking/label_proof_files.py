"""Serves and removes printable label proofs for custom-label candle orders."""
from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

log = logging.getLogger(__name__)


class ProofFolder:
    """Proofs live under LABEL_PROOF_ROOT/<user id>/."""

    def __init__(self, user_id: int) -> None:
        self.root = (Path(settings.LABEL_PROOF_ROOT) / str(user_id)).resolve()

    def locate(self, name: str) -> Path:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root):
            raise Http404("no such proof")
        if not candidate.is_file():
            raise Http404("no such proof")
        return candidate

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.suffix in {".pdf", ".png"})


@login_required
@require_GET
def download_proof(request: HttpRequest, name: str) -> FileResponse:
    path = ProofFolder(request.user.pk).locate(name)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)


@login_required
@require_POST
def delete_proof(request: HttpRequest) -> JsonResponse:
    name = request.POST.get("proof", "")
    if not name:
        return JsonResponse({"error": "proof is required"}, status=400)
    path = ProofFolder(request.user.pk).locate(name)
    path.unlink()
    log.info("user %s removed label proof %s", request.user.pk, path.name)
    return JsonResponse({"deleted": path.name})


@login_required
@require_GET
def list_proofs(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"proofs": ProofFolder(request.user.pk).names()})
