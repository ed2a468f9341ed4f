"""Django views that show heliport approach and departure plates on the dispatch screens."""
from __future__ import annotations

import os
import re

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

PLATE_NAME = re.compile(r"[A-Z]{4}_(?:APP|DEP|GND)_[A-Z0-9]{1,6}\.pdf")


class PlateLibrary:
    def __init__(self, folder: str | None = None) -> None:
        self.folder = folder or settings.APPROACH_PLATE_DIR

    def names(self, aerodrome: str) -> list[str]:
        return sorted(
            n for n in os.listdir(self.folder)
            if PLATE_NAME.fullmatch(n) and n.startswith(f"{aerodrome}_")
        )

    def path_for(self, name: str) -> str:
        if not PLATE_NAME.fullmatch(name):
            raise Http404("no such plate")
        return os.path.join(self.folder, name)


plates = PlateLibrary()


@require_GET
def plate_index(request: HttpRequest, aerodrome: str) -> JsonResponse:
    if not re.fullmatch(r"[A-Z]{4}", aerodrome):
        raise Http404("unknown aerodrome")
    return JsonResponse({"aerodrome": aerodrome, "plates": plates.names(aerodrome)})


@require_GET
@cache_control(max_age=600)
def plate_pdf(request: HttpRequest) -> FileResponse:
    path = plates.path_for(request.GET.get("plate", ""))
    if not os.path.isfile(path):
        raise Http404("plate not loaded")
    return FileResponse(open(path, "rb"), content_type="application/pdf")
