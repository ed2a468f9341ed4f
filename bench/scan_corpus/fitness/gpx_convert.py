"""Celery tasks that convert uploaded GPX tracks for device export.

The web app stores the upload under UPLOAD_ROOT with a generated name and
passes the athlete's chosen export options straight through to the task.
"""
import os
import subprocess
import uuid

from celery import shared_task

UPLOAD_ROOT = os.environ.get("UPLOAD_ROOT", "/srv/fitness/uploads")
EXPORT_ROOT = os.environ.get("EXPORT_ROOT", "/srv/fitness/exports")


@shared_task(bind=True, max_retries=2)
def convert_track(self, upload_name: str, output_format: str, max_points: int = 500):
    src = os.path.join(UPLOAD_ROOT, os.path.basename(upload_name))
    dst = os.path.join(EXPORT_ROOT, f"{uuid.uuid4().hex}.out")
    cmd = (
        f"gpsbabel -i gpx -f {src} "
        f"-x simplify,count={max_points} "
        f"-o {output_format} -F {dst}"
    )
    try:
        subprocess.run(cmd, shell=True, check=True, timeout=120)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)
    return {"export_path": dst, "format": output_format}
