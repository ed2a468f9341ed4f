"""Unpacks survey bundles uploaded by the lantern-glazing contractor.

A bundle is a zip of photographs, a CSV of pane measurements and the
surveyor's signed PDF; it is unpacked into the job's working folder.
"""
import os
import shutil
import zipfile
from pathlib import Path

from celery import shared_task

from lighthousekeeper.maintenance.models import MaintenanceJob
from lighthousekeeper.settings import settings

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 2 * 1024 ** 3


def _job_dir(job_id: int) -> str:
    path = os.path.join(settings.SURVEY_WORK_ROOT, f"job-{job_id:06d}")
    os.makedirs(path, exist_ok=True)
    return path


def unpack_bundle(bundle_path: str, dest: str) -> list[str]:
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        members = [info for info in zf.infolist() if not info.is_dir()]
        if len(members) > MAX_MEMBERS or sum(i.file_size for i in members) > MAX_TOTAL_BYTES:
            raise ValueError("bundle too large")
        for info in members:
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


@shared_task(name="maintenance.unpack_survey_bundle")
def unpack_survey_bundle(job_id: int, bundle_path: str) -> int:
    job = MaintenanceJob.objects.get(pk=job_id)
    files = unpack_bundle(bundle_path, _job_dir(job.id))
    job.attachments_count = len(files)
    job.save(update_fields=["attachments_count"])
    Path(bundle_path).unlink(missing_ok=True)
    return len(files)
