"""Import photo bundles exported from the room tablets.

At the end of each day the tablet app uploads a ``.tar.gz`` with the day's
photos plus a ``manifest.json`` mapping each file to a child and activity.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from .gallery import attach_photo
from .storage import incoming_bundle_path


@shared_task(bind=True, max_retries=2)
def import_tablet_bundle(self, bundle_id: str, site_code: str) -> int:
    bundle = incoming_bundle_path(bundle_id)
    workdir = Path(tempfile.mkdtemp(prefix=f"bundle-{site_code}-"))
    try:
        with tarfile.open(bundle, mode="r:gz") as tar:
            tar.extractall(workdir)

        manifest = json.loads((workdir / "manifest.json").read_text())
        imported = 0
        for entry in manifest.get("photos", []):
            photo = workdir / entry["file"]
            if not photo.is_file():
                continue
            attach_photo(
                site_code=site_code,
                child_ids=entry["children"],
                activity=entry.get("activity", ""),
                taken_at=entry["taken_at"],
                path=photo,
            )
            imported += 1
        return imported
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
