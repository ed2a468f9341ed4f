"""Import medical-history archives sent by a pet's previous clinic."""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".xml"}
MAX_MEMBERS = 500


def unpack_history(archive_path: Path, work_root: Path) -> Path:
    dest = Path(tempfile.mkdtemp(prefix="history-", dir=work_root))
    with tarfile.open(archive_path, "r:*") as tar:
        if len(tar.getmembers()) > MAX_MEMBERS:
            raise ValueError("archive has too many entries")
        tar.extractall(dest, filter="data")
    return dest


def import_history(archive_path: Path, work_root: Path, pet_id: int, store) -> int:
    workdir = unpack_history(archive_path, work_root)
    try:
        count = 0
        for f in sorted(workdir.rglob("*")):
            if f.is_file() and f.suffix.lower() in ALLOWED_SUFFIXES:
                store.attach(pet_id, f.name, f.read_bytes())
                count += 1
        log.info("history %s: attached %d files to pet %s", archive_path.name, count, pet_id)
        return count
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
