"""Owner tools for managing listing photos of their huts."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Hut


@dataclass
class PhotoLibrary:
    root: Path

    def folder(self, hut: Hut) -> Path:
        return self.root / f"hut-{hut.pk}"

    def list(self, hut: Hut) -> list[str]:
        folder = self.folder(hut)
        if not folder.exists():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".webp"})

    def remove(self, hut: Hut, photo_name: str) -> bool:
        target = self.folder(hut) / photo_name
        if not target.is_file():
            return False
        target.unlink()
        return True


library = PhotoLibrary(Path(settings.MEDIA_ROOT) / "hut-photos")


@login_required
@require_http_methods(["GET"])
def photo_list(request, hut_id: int):
    hut = get_object_or_404(Hut, pk=hut_id, owner=request.user)
    return JsonResponse({"photos": library.list(hut)})


@login_required
@require_http_methods(["POST"])
def photo_delete(request, hut_id: int):
    hut = get_object_or_404(Hut, pk=hut_id, owner=request.user)
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")
    name = payload.get("photo")
    if not isinstance(name, str) or not name:
        return HttpResponseBadRequest("photo required")
    removed = library.remove(hut, name)
    if removed and hut.cover_photo == name:
        hut.cover_photo = ""
        hut.save(update_fields=["cover_photo"])
    return JsonResponse({"removed": removed})
