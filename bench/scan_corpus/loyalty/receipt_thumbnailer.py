"""Create thumbnails of uploaded receipt images for the support console.

Runs as a Celery task after a member uploads a receipt for a missing-points
claim. ImageMagick is invoked directly with an argument list.
"""
import re
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task

from loyalty.storage import download_object, upload_object

SIZE_RE = re.compile(r"^\d{2,4}x\d{2,4}$")
CONVERT_TIMEOUT_S = 60


@shared_task(bind=True, max_retries=3)
def make_thumbnail(self, object_key: str, size: str = "320x320") -> str:
    if not SIZE_RE.match(size):
        raise ValueError(f"invalid thumbnail size {size!r}")
    with tempfile.TemporaryDirectory(prefix="receipt-") as tmp:
        src = Path(tmp) / "source"
        dst = Path(tmp) / "thumb.webp"
        src.write_bytes(download_object(object_key))
        try:
            subprocess.run(
                ["convert", f"jpeg:{src}[0]", "-auto-orient", "-thumbnail", size,
                 "-strip", str(dst)],
                check=True,
                capture_output=True,
                timeout=CONVERT_TIMEOUT_S,
            )
        except subprocess.CalledProcessError as exc:
            raise self.retry(exc=exc, countdown=30)
        thumb_key = f"thumbnails/{object_key.rsplit('/', 1)[-1]}.webp"
        upload_object(thumb_key, dst.read_bytes(), content_type="image/webp")
    return thumb_key
