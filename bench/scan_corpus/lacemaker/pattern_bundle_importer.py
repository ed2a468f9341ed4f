"""Bulk upload of pattern bundles from guest designers.

A designer can upload one zip containing the prickings, working diagrams and
photos for a series; the files are unpacked into the designer's staging area
for the studio to review before publishing.
"""
import os
import shutil
import zipfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

ACCEPTED = (".pdf", ".png", ".jpg", ".jpeg", ".txt")


def staging_dir(designer_id: int) -> Path:
    path = Path(settings.PATTERN_STAGING_ROOT) / f"designer-{designer_id}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def unpack_bundle(archive: zipfile.ZipFile, dest: Path) -> list[str]:
    written = []
    for info in archive.infolist():
        if info.is_dir() or not info.filename.lower().endswith(ACCEPTED):
            continue
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)
        written.append(info.filename)
    return written


@login_required
@require_POST
def upload_bundle(request):
    upload = request.FILES.get("bundle")
    if upload is None or not zipfile.is_zipfile(upload):
        return HttpResponseBadRequest("Please upload a .zip bundle")
    upload.seek(0)
    with zipfile.ZipFile(upload) as archive:
        files = unpack_bundle(archive, staging_dir(request.user.id))
    return JsonResponse({"files": files, "count": len(files)})
