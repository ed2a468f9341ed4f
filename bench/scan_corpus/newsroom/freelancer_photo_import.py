"""Import batches of photos that freelancers upload as tarballs through the
contributor portal."""
import logging
import tarfile
import tempfile
from pathlib import Path

from .models import PhotoAsset
from .storage import asset_store

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic"}


def _image_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    return [
        m for m in archive.getmembers()
        if m.isfile() and Path(m.name).suffix.lower() in IMAGE_SUFFIXES
    ]


def import_batch(upload_path: str, contributor_id: int) -> int:
    count = 0
    with tempfile.TemporaryDirectory(prefix="photo-import-") as workdir, \
            tarfile.open(upload_path, mode="r:*") as archive:
        members = _image_members(archive)
        archive.extractall(path=workdir, members=members)
        for member in members:
            local = Path(workdir) / member.name
            with local.open("rb") as fh:
                key = asset_store.put(fh, original_name=Path(member.name).name)
            PhotoAsset.objects.create(contributor_id=contributor_id, storage_key=key)
            count += 1
    log.info("imported %d photos for contributor %s", count, contributor_id)
    return count
