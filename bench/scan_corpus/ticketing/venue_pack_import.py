"""Import a venue asset pack uploaded through the promoter dashboard.

A venue pack is a .tar.gz with the seat map SVG, section photos and a
``venue.json`` manifest. It is unpacked into the media volume under
``<MEDIA_ROOT>/venues/<venue_id>/``.
"""
import json
import shutil
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

MAX_PACK_BYTES = 50 * 1024 * 1024


class VenuePackError(Exception):
    pass


def _venue_dir(venue_id: int) -> Path:
    return Path(settings.MEDIA_ROOT) / "venues" / str(venue_id)


def import_venue_pack(venue_id: int, upload: UploadedFile) -> dict:
    if upload.size > MAX_PACK_BYTES:
        raise VenuePackError("venue pack exceeds 50 MB")

    target = _venue_dir(venue_id)
    staging = target.with_name(f"{target.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)

    try:
        with tarfile.open(fileobj=upload.file, mode="r:gz") as tar:
            tar.extractall(path=staging)
    except tarfile.TarError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise VenuePackError(f"unreadable archive: {exc}") from exc

    manifest_path = staging / "venue.json"
    if not manifest_path.is_file():
        shutil.rmtree(staging, ignore_errors=True)
        raise VenuePackError("venue.json missing from pack")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))

    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return manifest
