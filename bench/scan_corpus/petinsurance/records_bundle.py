"""Import medical-history bundles uploaded by clinics when a pet transfers in."""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".xml"}


def unpack_bundle(archive_path: Path, work_root: Path) -> Path:
    dest = Path(tempfile.mkdtemp(prefix="bundle-", dir=work_root))
    with tarfile.open(archive_path, "r:*") as tar:
        tar.extractall(dest)
    return dest


def usable_files(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
    )


def import_bundle(archive_path: Path, work_root: Path, pet_id: int, store) -> int:
    """Attach every usable document in the bundle to the pet's record."""
    workdir = unpack_bundle(archive_path, work_root)
    try:
        files = usable_files(workdir)
        for f in files:
            store.attach(pet_id, f.name, f.read_bytes())
        log.info("bundle %s: attached %d files to pet %s", archive_path.name, len(files), pet_id)
        return len(files)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
