"""Signed liability waivers for range visitors, kept for the insurer."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404, HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

RETENTION = timedelta(days=365 * 7)


class WaiverArchive:
    def __init__(self, base: str | Path | None = None) -> None:
        self.base = Path(base or settings.WAIVER_ARCHIVE_DIR).resolve()

    def locate(self, relative_name: str) -> Path:
        candidate = (self.base / relative_name).resolve()
        if not candidate.is_relative_to(self.base):
            raise PermissionError(relative_name)
        return candidate

    def open(self, relative_name: str):
        path = self.locate(relative_name)
        if not path.is_file():
            raise FileNotFoundError(relative_name)
        return path.open("rb")

    def purge(self, relative_name: str) -> bool:
        path = self.locate(relative_name)
        age = datetime.now(timezone.utc) - datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        if age < RETENTION:
            return False
        path.unlink()
        return True


archive = WaiverArchive()


@staff_member_required
def waiver_download(request):
    try:
        handle = archive.open(request.GET.get("file", ""))
    except (PermissionError, FileNotFoundError):
        raise Http404
    return FileResponse(handle, content_type="application/pdf")


@require_POST
@staff_member_required
def waiver_purge(request):
    name = request.POST.get("file", "")
    try:
        removed = archive.purge(name)
    except PermissionError:
        return HttpResponseBadRequest("invalid file")
    except FileNotFoundError:
        raise Http404
    return JsonResponse({"file": name, "removed": removed})
