"""Celery tasks that post-process damage inspection photos.

Inspectors tag each photo with a short damage label in the check-in app
("scratch rear bumper", "chip windscreen"), which is burned into the
customer-facing copy of the image.
"""
import json
import subprocess
from pathlib import Path

from celery import shared_task
from django.conf import settings

from inspections.models import InspectionPhoto

FONT = "DejaVu-Sans"
THUMB_WIDTHS = (320, 1024)


def _orientation(path: Path) -> int:
    out = subprocess.run(
        ["exiftool", "-json", "-Orientation#", str(path)],
        capture_output=True,
        check=True,
        text=True,
    )
    return int(json.loads(out.stdout)[0].get("Orientation", 1))


def _annotate_cmd(src: Path, dest: Path, label: str) -> str:
    return (
        f"convert {src} -auto-orient -font {FONT} -pointsize 28 -fill white "
        f"-undercolor '#00000080' -gravity SouthWest -annotate +20+20 \"{label}\" {dest}"
    )


@shared_task(bind=True, max_retries=3)
def publish_customer_copy(self, photo_id: int) -> str:
    photo = InspectionPhoto.objects.select_related("inspection").get(pk=photo_id)
    src = Path(settings.MEDIA_ROOT) / "inspections" / f"{photo.pk}.jpg"
    dest = Path(settings.MEDIA_ROOT) / "customer" / f"{photo.pk}.jpg"
    dest.parent.mkdir(parents=True, exist_ok=True)

    label = f"{photo.inspection.reference} - {photo.damage_label}"
    try:
        subprocess.run(_annotate_cmd(src, dest, label), shell=True, check=True, timeout=60)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)

    photo.customer_copy = str(dest.relative_to(settings.MEDIA_ROOT))
    photo.orientation = _orientation(src)
    photo.save(update_fields=["customer_copy", "orientation"])
    return photo.customer_copy
