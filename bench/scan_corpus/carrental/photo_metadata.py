"""Metadata clean-up for damage photos before they are shared with insurers.

Strips the GPS block written by the yard tablets and records the
inspector's damage label in the XMP description.
"""
import logging
import subprocess
from pathlib import Path

from django.conf import settings

from inspections.models import InspectionPhoto

log = logging.getLogger(__name__)

EXIFTOOL = getattr(settings, "EXIFTOOL_BIN", "exiftool")


def _exiftool(*args: str) -> str:
    result = subprocess.run(
        [EXIFTOOL, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return result.stdout


def prepare_for_insurer(photo_id: int) -> Path:
    photo = InspectionPhoto.objects.select_related("inspection").get(pk=photo_id)
    path = Path(settings.MEDIA_ROOT) / "insurer" / f"{photo.pk}.jpg"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(photo.image.read())

    description = f"{photo.inspection.reference} - {photo.damage_label}"
    _exiftool(
        "-overwrite_original",
        "-gps:all=",
        f"-XMP-dc:Description={description}",
        str(path),
    )
    log.info("prepared photo %s for insurer", photo.pk)
    return path
