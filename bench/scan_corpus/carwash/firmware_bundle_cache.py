"""Local cache of bay controller firmware images served to PLCs on the site LAN."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

FIRMWARE_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}\.bin$")


def cache_dir() -> Path:
    return Path(settings.FIRMWARE_CACHE_DIR)


def firmware_path(name: str) -> Path:
    if not FIRMWARE_NAME.fullmatch(name) or ".." in name:
        raise Http404("unknown firmware image")
    return cache_dir() / name


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


@require_GET
def firmware_manifest(request: HttpRequest) -> JsonResponse:
    images = []
    for path in sorted(cache_dir().glob("*.bin")):
        images.append({"name": path.name, "size": path.stat().st_size, "sha256": sha256_of(path)})
    return JsonResponse({"images": images})


@require_GET
def firmware_download(request: HttpRequest, name: str) -> FileResponse:
    path = firmware_path(name)
    if not path.is_file():
        raise Http404("unknown firmware image")
    return FileResponse(path.open("rb"), as_attachment=True, filename=os.path.basename(path))
