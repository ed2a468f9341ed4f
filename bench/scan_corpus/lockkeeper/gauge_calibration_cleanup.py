"""Staff view for removing superseded gauge calibration sheets."""
from __future__ import annotations

import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)


def _calibration_files() -> list[dict]:
    root = settings.GAUGE_CALIBRATION_DIR
    files = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if os.path.isfile(path):
            files.append({"name": name, "size": os.path.getsize(path)})
    return files


@permission_required("telemetry.change_calibration", raise_exception=True)
@require_http_methods(["GET"])
def calibration_index(request: HttpRequest) -> HttpResponse:
    return render(request, "telemetry/calibration_index.html", {"files": _calibration_files()})


@permission_required("telemetry.delete_calibration", raise_exception=True)
@require_http_methods(["POST"])
def delete_calibration(request: HttpRequest) -> JsonResponse:
    name = request.POST.get("name", "").strip()
    if not name:
        return JsonResponse({"error": "name required"}, status=400)
    try:
        os.remove(os.path.join(settings.GAUGE_CALIBRATION_DIR, name))
    except FileNotFoundError:
        return JsonResponse({"error": "no such calibration file"}, status=404)
    log.info("calibration sheet %s removed by %s", name, request.user.get_username())
    return JsonResponse({"deleted": name})
