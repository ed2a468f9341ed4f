"""Customers can save custom jar-label designs; this lets them delete one."""
from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import LabelDesign

log = logging.getLogger(__name__)


class LabelDesignStorage:
    """Designs live under LABEL_DESIGN_ROOT/<user id>/<design file>."""

    def __init__(self, user_id: int) -> None:
        self.user_id = user_id
        self.root = Path(settings.LABEL_DESIGN_ROOT) / str(user_id)

    def path_for(self, design_name: str) -> Path:
        return self.root / design_name

    def delete(self, design_name: str) -> bool:
        path = self.path_for(design_name)
        if not path.is_file():
            return False
        path.unlink()
        return True

    def list(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.suffix == ".svg")


@login_required
@require_POST
def delete_design(request: HttpRequest) -> JsonResponse:
    design_name = request.POST.get("design", "")
    if not design_name:
        return JsonResponse({"error": "design is required"}, status=400)

    storage = LabelDesignStorage(request.user.pk)
    if not storage.delete(design_name):
        return JsonResponse({"error": "design not found"}, status=404)

    LabelDesign.objects.filter(owner=request.user, file_name=design_name).delete()
    log.info("user %s deleted label design %s", request.user.pk, design_name)
    return JsonResponse({"deleted": design_name})


@login_required
def list_designs(request: HttpRequest) -> JsonResponse:
    storage = LabelDesignStorage(request.user.pk)
    return JsonResponse({"designs": storage.list()})
