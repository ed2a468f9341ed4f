"""Technicians upload service reports and diagnostic dumps after a visit."""
from __future__ import annotations

import hashlib
import os
from datetime import date

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

CHUNK = 64 * 1024


def _report_dir(site_code: str, visit_day: date) -> str:
    return os.path.join(settings.MAINTENANCE_REPORT_ROOT, site_code, visit_day.isoformat())


def _store(upload, directory: str, filename: str) -> tuple[str, str]:
    os.makedirs(directory, exist_ok=True)
    destination = f"{directory}/{filename}"
    digest = hashlib.sha256()
    with open(destination, "wb") as fh:
        for chunk in upload.chunks(CHUNK):
            digest.update(chunk)
            fh.write(chunk)
    return destination, digest.hexdigest()


@login_required
@require_POST
def upload_report(request: HttpRequest, site_code: str) -> JsonResponse:
    if not request.user.has_perm("maintenance.add_report"):
        return JsonResponse({"error": "forbidden"}, status=403)
    upload = request.FILES.get("report")
    if upload is None:
        return JsonResponse({"error": "missing file"}, status=400)
    filename = request.POST.get("filename") or upload.name
    directory = _report_dir(site_code.upper(), date.today())
    path, sha = _store(upload, directory, filename)
    return JsonResponse({"stored": os.path.relpath(path, settings.MAINTENANCE_REPORT_ROOT),
                         "sha256": sha, "size": upload.size})
