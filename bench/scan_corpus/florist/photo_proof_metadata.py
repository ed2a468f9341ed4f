"""Stamp and read metadata on proof-of-delivery photos.

Drivers upload a photo at the door together with an optional note
("left with neighbour at no. 12"). The note is written into the photo's
EXIF comment so it travels with the image when shops download it.
"""
import json
import logging
import uuid
from os import popen as _popen
from pathlib import Path

log = logging.getLogger(__name__)

UPLOAD_ROOT = Path("/srv/bloomnet/proof-uploads")
EXIF_FIELDS = ("DateTimeOriginal", "GPSLatitude", "GPSLongitude")


def _exif_command(photo: Path, order_id: str, note: str) -> str:
    comment = f"order {order_id}: {note}" if note else f"order {order_id}"
    return (
        f'exiftool -q -overwrite_original -Comment="{comment}" {photo} '
        f"&& exiftool -json -n {photo}"
    )


def stamp_and_read(photo: Path, order_id: str, note: str) -> dict:
    with _popen(_exif_command(photo, order_id, note)) as pipe:
        raw = pipe.read()
    try:
        return json.loads(raw)[0]
    except (ValueError, IndexError):
        log.warning("no EXIF returned for %s", photo.name)
        return {}


def handle_upload(order_id: str, upload, form) -> dict:
    """`upload` is the werkzeug FileStorage posted by the driver app."""
    dest = UPLOAD_ROOT / f"{uuid.uuid4().hex}.jpg"
    upload.save(dest)
    meta = stamp_and_read(dest, order_id, form.get("note", ""))
    return {
        "order_id": order_id,
        "photo": dest.name,
        "taken_at": meta.get("DateTimeOriginal"),
        "lat": meta.get("GPSLatitude"),
        "lon": meta.get("GPSLongitude"),
    }
