"""Processing of bulk responses uploaded through the agency portal.

Agencies upload a .tar.gz of responsive records for a request. We unpack it
into the request's workspace, register every file and queue text extraction.
"""
import hashlib
import logging
import shutil
import tarfile
from pathlib import Path

from foiatracker.models import ResponseFile, db
from foiatracker.tasks import extract_text

log = logging.getLogger(__name__)

WORKSPACE_ROOT = Path("/srv/foia/workspaces")
MAX_ARCHIVE_BYTES = 2 * 1024**3


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _workspace(request_id: int) -> Path:
    dest = WORKSPACE_ROOT / str(request_id) / "incoming"
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    return dest


def unpack_response(request_id: int, archive_path: Path) -> list[ResponseFile]:
    if archive_path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise ValueError("archive too large")
    dest = _workspace(request_id)

    with tarfile.open(archive_path, mode="r:*") as tar:
        tar.extractall(path=dest)

    registered = []
    for path in sorted(p for p in dest.rglob("*") if p.is_file()):
        rf = ResponseFile(
            request_id=request_id,
            relative_path=str(path.relative_to(dest)),
            sha256=_file_digest(path),
            size=path.stat().st_size,
        )
        db.session.add(rf)
        registered.append(rf)
    db.session.commit()

    for rf in registered:
        extract_text.delay(rf.id)
    log.info("request %s: unpacked %d files", request_id, len(registered))
    return registered
