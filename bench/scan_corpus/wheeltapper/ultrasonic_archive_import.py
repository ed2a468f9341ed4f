"""Import of ultrasonic axle test archives uploaded from field handhelds.

After a shift the handheld bundles its ultrasonic traces into a .tar.gz and
uploads it; the depot server unpacks the traces into the staging area where
the conversion worker picks them up.
"""
import logging
import tarfile
from pathlib import Path

from celery import shared_task

from wheeltapper.config import settings

log = logging.getLogger(__name__)

STAGING = Path(settings.UT_STAGING_DIR)
TRACE_SUFFIXES = {".uta", ".utx", ".json"}
MAX_MEMBER_BYTES = 200 * 1024 * 1024


def _wanted(member: tarfile.TarInfo) -> bool:
    return (
        member.isfile()
        and member.size <= MAX_MEMBER_BYTES
        and Path(member.name).suffix.lower() in TRACE_SUFFIXES
    )


def unpack_traces(archive_path: Path, inspection_id: int) -> list[Path]:
    dest = STAGING / str(inspection_id)
    dest.mkdir(parents=True, exist_ok=True)
    extracted = []
    with tarfile.open(archive_path, "r:gz") as tar:
        for member in tar.getmembers():
            if not _wanted(member):
                log.debug("skipping %s", member.name)
                continue
            tar.extract(member, path=dest)
            extracted.append(dest / member.name)
    return extracted


@shared_task(bind=True, max_retries=3)
def import_archive(self, archive_path: str, inspection_id: int) -> int:
    path = Path(archive_path)
    try:
        files = unpack_traces(path, inspection_id)
    except tarfile.ReadError as exc:
        log.error("archive %s unreadable: %s", path.name, exc)
        return 0
    path.unlink(missing_ok=True)
    log.info("inspection %s: %d traces staged", inspection_id, len(files))
    return len(files)
