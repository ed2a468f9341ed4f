"""Lets office staff delete stale humidity CSV exports generated for customers."""
import logging
import os
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse, HttpResponseNotFound
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)


def export_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "sensor_exports"


def list_exports():
    folder = export_dir()
    return sorted(
        ({"name": p.name, "bytes": p.stat().st_size} for p in folder.glob("*.csv")),
        key=lambda e: e["name"],
    )


def remove_export(name: str) -> bool:
    target = Path(export_dir(), name)
    if not target.exists():
        return False
    os.remove(target)
    return True


@staff_member_required
@require_http_methods(["GET", "DELETE"])
def exports(request):
    if request.method == "GET":
        return JsonResponse({"exports": list_exports()})
    names = request.GET.getlist("name")
    removed = []
    for name in names:
        if remove_export(name):
            removed.append(name)
            log.info("staff %s removed sensor export %s", request.user.pk, name)
    if not removed:
        return HttpResponseNotFound("no matching exports")
    return JsonResponse({"removed": removed})
