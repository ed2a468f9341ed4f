"""Import lookbook bundles uploaded by influencers through the creator portal.

A bundle is a ``.tar.gz`` holding images plus a ``lookbook.json`` manifest that
maps each image to the SKUs worn in it.
"""
import json
import shutil
import tempfile
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from creators.models import Lookbook

ALLOWED_IMAGES = {".jpg", ".jpeg", ".png", ".webp"}


def _unpack(bundle_path: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.unpack_archive(str(bundle_path), str(dest), format="gztar")
    return dest


def _store_upload(upload) -> Path:
    tmp = tempfile.NamedTemporaryFile(suffix=".tar.gz", delete=False)
    with tmp:
        for chunk in upload.chunks():
            tmp.write(chunk)
    return Path(tmp.name)


@login_required
@require_POST
def upload_lookbook(request: HttpRequest) -> JsonResponse:
    bundle = request.FILES["bundle"]
    bundle_path = _store_upload(bundle)
    dest = Path(settings.MEDIA_ROOT) / "lookbooks" / uuid.uuid4().hex
    try:
        _unpack(bundle_path, dest)
    finally:
        bundle_path.unlink(missing_ok=True)
    manifest = json.loads((dest / "lookbook.json").read_text())
    images = [p for p in dest.rglob("*") if p.suffix.lower() in ALLOWED_IMAGES]
    lookbook = Lookbook.objects.create(
        creator=request.user.creator_profile,
        title=manifest.get("title", "")[:120],
        storage_dir=str(dest.relative_to(settings.MEDIA_ROOT)),
        image_count=len(images),
        sku_map=manifest.get("looks", {}),
    )
    return JsonResponse({"id": lookbook.pk, "images": len(images)}, status=201)
