"""Converts uploaded GPX tracks to device formats with gpsbabel."""
import os
import subprocess
import uuid

from celery import shared_task

UPLOAD_ROOT = os.environ.get("UPLOAD_ROOT", "/srv/fitness/uploads")
EXPORT_ROOT = os.environ.get("EXPORT_ROOT", "/srv/fitness/exports")
OUTPUT_FORMATS = {"fit": "garmin_fit", "tcx": "gtrnctr", "kml": "kml"}


@shared_task(bind=True, max_retries=2)
def convert_track(self, upload_name: str, output_format: str, max_points: int = 500):
    if output_format not in OUTPUT_FORMATS:
        raise ValueError(f"unsupported format {output_format!r}")
    points = max(10, min(int(max_points), 5000))
    src = os.path.join(UPLOAD_ROOT, os.path.basename(upload_name))
    dst = os.path.join(EXPORT_ROOT, f"{uuid.uuid4().hex}.{output_format}")
    cmd = [
        "gpsbabel", "-i", "gpx", "-f", src,
        "-x", f"simplify,count={points}",
        "-o", OUTPUT_FORMATS[output_format], "-F", dst,
    ]
    try:
        subprocess.run(cmd, check=True, timeout=120, capture_output=True)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)
    return {"export_path": dst, "format": output_format}
