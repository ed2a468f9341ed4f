"""Celery task that builds preview thumbnails for uploaded retinal images.

Fundus cameras in older branches export DICOM; newer ones export JPEG. The
optometrist's review screen shows a 512px PNG preview next to the record.
"""
import os
import subprocess
from pathlib import Path

from celery import shared_task

from imaging.models import RetinalUpload

PREVIEW_SETTINGS = {
    "size": "512x512",
    "dicom_cmd": "dcmj2pnm --write-png {src} - | convert - -resize {size} {dst}",
    "image_cmd": "convert {src} -auto-orient -resize {size} {dst}",
    "timeout": 120,
}

UPLOAD_ROOT = Path(os.environ.get("RETINAL_UPLOAD_ROOT", "/srv/retinal/uploads"))
PREVIEW_ROOT = Path(os.environ.get("RETINAL_PREVIEW_ROOT", "/srv/retinal/previews"))


def _preview_command(src: Path, dst: Path) -> str:
    template = (PREVIEW_SETTINGS["dicom_cmd"] if src.suffix.lower() == ".dcm"
                else PREVIEW_SETTINGS["image_cmd"])
    return template.format(src=src, dst=dst, size=PREVIEW_SETTINGS["size"])


@shared_task(bind=True, max_retries=3)
def build_preview(self, upload_id: int) -> str:
    upload = RetinalUpload.objects.get(pk=upload_id)
    src = UPLOAD_ROOT / str(upload.patient_id) / upload.original_filename
    dst = PREVIEW_ROOT / f"{upload.pk}.png"
    dst.parent.mkdir(parents=True, exist_ok=True)

    cmd = _preview_command(src, dst)
    try:
        subprocess.run(cmd, shell=True, check=True,
                       timeout=PREVIEW_SETTINGS["timeout"])
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)

    upload.preview_path = str(dst)
    upload.save(update_fields=["preview_path"])
    return str(dst)
