"""Handle product image bundles uploaded by brand partners.

Partners upload a .tar.gz of pack shots named by SKU; we unpack it into a
staging folder, make thumbnails and push everything to the CDN bucket.
"""
from __future__ import annotations

import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from PIL import Image

from stock.auth import partner_required
from stock.cdn import upload_to_cdn

THUMB_SIZE = (320, 320)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _unpack(upload, staging: Path) -> list[Path]:
    tarfile.open(fileobj=upload, mode="r:gz").extractall(staging)
    return [p for p in staging.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES]


def _thumbnail(src: Path) -> Path:
    dest = src.with_name(f"{src.stem}_thumb{src.suffix}")
    with Image.open(src) as img:
        img.thumbnail(THUMB_SIZE)
        img.save(dest)
    return dest


@require_POST
@partner_required
def upload_bundle(request):
    bundle = request.FILES.get("bundle")
    if bundle is None or bundle.size > settings.MAX_BUNDLE_BYTES:
        return JsonResponse({"error": "missing or oversized bundle"}, status=400)

    staging = Path(tempfile.mkdtemp(prefix="bundle-"))
    try:
        images = _unpack(bundle, staging)
        uploaded = []
        for image in images:
            thumb = _thumbnail(image)
            prefix = f"partners/{request.partner.slug}"
            uploaded.append(upload_to_cdn(image, f"{prefix}/{image.name}"))
            upload_to_cdn(thumb, f"{prefix}/thumbs/{thumb.name}")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return JsonResponse({"uploaded": uploaded})
