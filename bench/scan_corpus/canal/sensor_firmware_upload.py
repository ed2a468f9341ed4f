"""Receives firmware images for water-level sensor loggers from field engineers."""
from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


class FirmwareRepository:
    root = Path(getattr(settings, "SENSOR_FIRMWARE_DIR", "/srv/sensors/firmware"))
    allowed_models = {"LL200", "LL300", "RADAR-X"}

    @classmethod
    def destination(cls, model: str, filename: str) -> Path:
        if model not in cls.allowed_models:
            raise ValueError(f"unknown logger model {model}")
        return cls.root / model / filename

    @classmethod
    def store(cls, model: str, filename: str, chunks) -> tuple[Path, str]:
        target = cls.destination(model, filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with open(target, "wb") as fh:
            for chunk in chunks:
                digest.update(chunk)
                fh.write(chunk)
        return target, digest.hexdigest()


@require_POST
@permission_required("sensors.upload_firmware")
def upload_firmware(request: HttpRequest) -> JsonResponse:
    image = request.FILES.get("image")
    model = request.POST.get("model", "")
    if image is None:
        return JsonResponse({"error": "missing image"}, status=400)
    if image.size > 8 * 1024 * 1024:
        return JsonResponse({"error": "image too large"}, status=413)
    filename = request.POST.get("release_name") or image.name
    try:
        path, sha256 = FirmwareRepository.store(model, filename, image.chunks())
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"stored": path.name, "model": model, "sha256": sha256}, status=201)
