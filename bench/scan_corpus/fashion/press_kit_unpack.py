"""Unpack press-kit archives sent by brand partners for campaign pages.

Partners upload a ``.tar.gz`` with hero images and copy decks; the content
team picks assets from the unpacked folder in the CMS.
"""
import tarfile
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 500 * 1024 * 1024


def unpack_press_kit(fileobj, dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("too many files in press kit")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("press kit too large")
        tar.extractall(dest, members=members, filter="data")
    return sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())


@staff_member_required
@require_POST
def upload_press_kit(request: HttpRequest) -> JsonResponse:
    dest = Path(settings.MEDIA_ROOT) / "press-kits" / uuid.uuid4().hex
    try:
        files = unpack_press_kit(request.FILES["kit"], dest)
    except (tarfile.TarError, ValueError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"folder": dest.name, "files": files}, status=201)
