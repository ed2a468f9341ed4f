"""Export a selection of survey photos for a planning application.

Listed building consent needs photos of the existing frontage.  The
office ticks the photos to include and downloads them as a single zip.
"""
import io
import os
import zipfile

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_POST


def _photo_root(job_ref: str) -> str:
    return os.path.realpath(os.path.join(settings.SURVEY_PHOTO_ROOT, job_ref, "photos"))


def _inside(base: str, candidate: str) -> bool:
    return os.path.commonpath([base, candidate]) == base


def resolve_photos(job_ref: str, names: list[str]) -> list[str]:
    base_root = os.path.realpath(settings.SURVEY_PHOTO_ROOT)
    root = _photo_root(job_ref)
    if not _inside(base_root, root) or not os.path.isdir(root):
        raise Http404("Unknown survey")
    paths = []
    for name in names:
        path = os.path.realpath(os.path.join(root, name))
        if not _inside(root, path) or not os.path.isfile(path):
            raise Http404(f"Photo not found: {name}")
        paths.append(path)
    return paths


def build_zip(paths: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in paths:
            with open(path, "rb") as fh:
                archive.writestr(os.path.basename(path), fh.read())
    return buffer.getvalue()


@require_POST
def export_for_planning(request, job_ref: str):
    names = request.POST.getlist("photo")
    if not names:
        raise Http404("No photos selected")
    archive = build_zip(resolve_photos(job_ref, names))
    response = HttpResponse(archive, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{job_ref}-survey-photos.zip"'
    return response
