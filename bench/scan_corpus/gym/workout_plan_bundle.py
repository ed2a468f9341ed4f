"""Import of workout-plan bundles uploaded by trainers on the marketplace.

A bundle is a .tar.gz with ``plan.json`` plus exercise videos and
thumbnails. It is unpacked into a scratch directory, validated, and the
media files are copied to object storage.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

MAX_ENTRIES = 500


def unpack_bundle(archive_path: Path, dest: Path) -> dict:
    with tarfile.open(archive_path, "r:gz") as tf:
        if len(tf.getmembers()) > MAX_ENTRIES:
            raise ValueError("bundle has too many files")
        tf.extractall(dest, filter="data")
    plan_file = dest / "plan.json"
    if not plan_file.is_file():
        raise ValueError("bundle is missing plan.json")
    return json.loads(plan_file.read_text(encoding="utf-8"))


def import_bundle(trainer_id: int, archive_path: Path, storage, plan_repo) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="plan-bundle-"))
    try:
        plan = unpack_bundle(archive_path, workdir)
        for media in (workdir / "media").glob("*"):
            if media.suffix.lower() in {".mp4", ".jpg", ".png"}:
                storage.upload_file(str(media), f"plans/{trainer_id}/{media.name}")
        return plan_repo.create(trainer_id, plan)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
