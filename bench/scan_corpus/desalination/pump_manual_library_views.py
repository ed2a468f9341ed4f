"""Django views for the equipment manual library: high-pressure pumps,
energy recovery devices (pressure exchangers), booster pumps and intake
screens. Manuals are stored on the engineering file share."""
from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


class ManualShelf:
    def __init__(self, root: str | None = None) -> None:
        self.root = os.path.realpath(root or settings.EQUIPMENT_MANUAL_ROOT)

    def resolve(self, equipment_class: str, filename: str) -> str:
        candidate = os.path.realpath(os.path.join(self.root, equipment_class, filename))
        if os.path.commonpath([self.root, candidate]) != self.root:
            raise Http404("manual not found")
        if not os.path.isfile(candidate):
            raise Http404("manual not found")
        return candidate

    def classes(self) -> list[str]:
        return sorted(
            entry.name for entry in os.scandir(self.root) if entry.is_dir() and not entry.name.startswith(".")
        )


shelf = ManualShelf()


@login_required
@require_GET
def equipment_classes(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"classes": shelf.classes()})


@login_required
@require_GET
def download_manual(request: HttpRequest, equipment_class: str) -> FileResponse:
    filename = request.GET.get("file", "")
    if not filename:
        raise Http404("manual not found")
    path = shelf.resolve(equipment_class, filename)
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
