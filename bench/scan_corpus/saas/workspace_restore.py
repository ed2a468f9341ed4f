"""Restores a workspace from a backup archive uploaded by its owner.

Backups are produced by ``workspace_backup.py`` as ``.tar.gz`` files holding
``manifest.json`` plus a ``files/`` tree, but owners can edit them offline.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from workspaces.models import Workspace
from workspaces.storage import blob_store, import_manifest

MAX_ARCHIVE_BYTES = 2 * 1024**3


class RestoreError(Exception):
    pass


def _unpack(archive_path: Path, dest: Path) -> Path:
    if archive_path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise RestoreError("backup is larger than the 2 GiB limit")
    with tarfile.open(archive_path, mode="r:gz") as tar:
        tar.extractall(path=dest)
    manifest = dest / "manifest.json"
    if not manifest.is_file():
        raise RestoreError("manifest.json missing from backup")
    return manifest


@shared_task(bind=True, max_retries=0)
def restore_workspace(self, workspace_id: int, upload_key: str) -> dict:
    workspace = Workspace.objects.get(pk=workspace_id)
    workdir = Path(tempfile.mkdtemp(prefix=f"restore-{workspace_id}-"))
    try:
        archive = workdir / "backup.tar.gz"
        blob_store.download(upload_key, archive)
        manifest_path = _unpack(archive, workdir / "unpacked")
        manifest = json.loads(manifest_path.read_text())
        count = import_manifest(workspace, manifest, files_root=manifest_path.parent / "files")
        return {"workspace": workspace_id, "restored_items": count}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
