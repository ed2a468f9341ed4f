"""Django views serving cached significant-weather and wind charts to the briefing room."""
from __future__ import annotations

import mimetypes
import os
from datetime import datetime, timezone

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


class ChartCache:
    """Charts are pulled by the ingest job and stored under CHART_CACHE_DIR by product."""

    def __init__(self, base_dir: str | None = None) -> None:
        self.base_dir = base_dir or settings.CHART_CACHE_DIR

    def products(self) -> list[str]:
        return sorted(d for d in os.listdir(self.base_dir) if not d.startswith("."))

    def locate(self, product: str, chart_name: str) -> str:
        return os.path.join(self.base_dir, product, chart_name)

    def age_minutes(self, path: str) -> int:
        modified = datetime.fromtimestamp(os.path.getmtime(path), tz=timezone.utc)
        return int((datetime.now(timezone.utc) - modified).total_seconds() // 60)


cache = ChartCache()


@require_GET
def chart_index(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"products": cache.products()})


@require_GET
def chart_image(request: HttpRequest, product: str) -> FileResponse:
    if product not in cache.products():
        raise Http404("unknown product")
    chart_name = request.GET.get("chart", "latest.png")
    path = cache.locate(product, chart_name)
    if not os.path.isfile(path):
        raise Http404("chart not cached")
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(open(path, "rb"), content_type=content_type)
    response["X-Chart-Age-Minutes"] = str(cache.age_minutes(path))
    return response
