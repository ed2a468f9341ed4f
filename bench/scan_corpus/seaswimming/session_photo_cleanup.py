"""Admin endpoint that removes photos from a swim session's gallery.

Photos are stored on disk under the gallery folder; the database keeps the
caption and who uploaded each one.
"""
from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from gallery.models import SessionPhoto

log = logging.getLogger(__name__)


def gallery_root() -> Path:
    return Path(getattr(settings, "SESSION_GALLERY_ROOT", settings.MEDIA_ROOT)) / "sessions"


class PhotoRemover:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root or gallery_root()

    def remove(self, session_slug: str, photo_name: str) -> bool:
        target = self.root / session_slug / photo_name
        if not target.exists():
            return False
        target.unlink()
        return True


@staff_member_required
@require_POST
def delete_session_photo(request: HttpRequest, session_slug: str) -> JsonResponse:
    photo_name = request.POST.get("photo", "")
    if not photo_name:
        return JsonResponse({"error": "photo is required"}, status=400)
    removed = PhotoRemover().remove(session_slug, photo_name)
    SessionPhoto.objects.filter(session__slug=session_slug, file_name=photo_name).delete()
    log.info("Staff %s removed photo %s from %s", request.user.username, photo_name, session_slug)
    return JsonResponse({"removed": removed})
