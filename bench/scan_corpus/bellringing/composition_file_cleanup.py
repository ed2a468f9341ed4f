"""Django views letting conductors manage their uploaded compositions.

Conductors upload composition files (.txt or .sib) for peal attempts; the
files are stored in COMPOSITION_ROOT/<username>/.
"""
from __future__ import annotations

import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

log = logging.getLogger(__name__)


def _user_dir(request: HttpRequest) -> str:
    return os.path.join(settings.COMPOSITION_ROOT, request.user.get_username())


@login_required
@require_GET
def list_compositions(request: HttpRequest) -> JsonResponse:
    folder = _user_dir(request)
    if not os.path.isdir(folder):
        return JsonResponse({"files": []})
    files = []
    for entry in os.scandir(folder):
        if entry.is_file():
            files.append({"name": entry.name, "bytes": entry.stat().st_size})
    return JsonResponse({"files": sorted(files, key=lambda f: f["name"])})


@login_required
@require_POST
def delete_composition(request: HttpRequest) -> JsonResponse:
    filename = request.POST.get("filename", "")
    if not filename:
        return JsonResponse({"error": "filename required"}, status=400)
    target = os.path.join(_user_dir(request), filename)
    if not os.path.exists(target):
        return JsonResponse({"error": "not found"}, status=404)
    os.remove(target)
    log.info("User %s deleted composition %s", request.user.get_username(), filename)
    return JsonResponse({"deleted": filename})
