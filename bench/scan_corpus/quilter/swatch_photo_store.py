"""Storage for swatch photos attached to fabric swap listings.

Each member has a folder of swatch photos. Listings reference photos by
file name, and members can remove photos they no longer need.
"""
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from quilter.config import settings
from quilter.swaps.models import SwapListing

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class SwatchStore:
    def __init__(self, root: Path = Path(settings.SWATCH_ROOT)):
        self.root = root

    def member_dir(self, member_id: int) -> Path:
        folder = self.root / str(member_id)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, member_id: int, upload) -> str:
        suffix = Path(upload.name).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError("Unsupported image type")
        name = f"{upload.size}-{abs(hash(upload.name)) % 10**8}{suffix}"
        with (self.member_dir(member_id) / name).open("wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        return name

    def remove(self, member_id: int, filename: str) -> None:
        target = self.member_dir(member_id) / filename
        target.unlink(missing_ok=True)


store = SwatchStore()


@login_required
@require_POST
def delete_swatch(request):
    filename = request.POST.get("filename", "")
    if not filename:
        return HttpResponseBadRequest("filename required")
    still_used = SwapListing.objects.filter(
        member=request.user.member, swatch_filename=filename, status="available"
    ).exists()
    if still_used:
        return JsonResponse({"error": "Photo is used by an active listing"}, status=409)
    store.remove(request.user.member.id, filename)
    return JsonResponse({"deleted": filename})
