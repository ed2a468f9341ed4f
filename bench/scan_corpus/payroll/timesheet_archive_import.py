"""Unpacks zipped timesheet uploads from the admin portal."""
import logging
import re
import shutil
import uuid
import zipfile
from pathlib import Path, PurePosixPath

log = logging.getLogger(__name__)

WORK_ROOT = Path("/var/lib/payroll/uploads")
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024
ALLOWED_SUFFIXES = {".csv", ".yml", ".yaml"}
CLIENT_CODE_RE = re.compile(r"^[A-Z0-9]{3,10}$")


class ArchiveRejected(Exception):
    pass


def _checked_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > MAX_MEMBERS:
        raise ArchiveRejected("too many files in archive")
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
        raise ArchiveRejected("archive expands beyond the size limit")
    for member in members:
        name = PurePosixPath(member.filename)
        if name.is_absolute() or ".." in name.parts or "\\" in member.filename:
            raise ArchiveRejected(f"illegal path in archive: {member.filename!r}")
        if name.suffix.lower() not in ALLOWED_SUFFIXES:
            raise ArchiveRejected(f"unexpected file type: {member.filename!r}")
    return members


def unpack_upload(upload: Path, client_code: str) -> Path:
    if not CLIENT_CODE_RE.match(client_code):
        raise ArchiveRejected(f"invalid client code {client_code!r}")
    target = (WORK_ROOT / client_code / uuid.uuid4().hex).resolve()
    target.mkdir(parents=True)
    with zipfile.ZipFile(upload) as archive:
        for member in _checked_members(archive):
            dest = (target / member.filename).resolve()
            if not dest.is_relative_to(target):
                raise ArchiveRejected(f"illegal path in archive: {member.filename!r}")
            dest.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, dest.open("wb") as out:
                shutil.copyfileobj(src, out)
    log.info("unpacked upload %s for %s into %s", upload.name, client_code, target)
    return target
