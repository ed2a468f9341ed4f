"""Unpacks zipped scan batches delivered by the digitisation contractor."""
import logging
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 20 * 1024**3


class BatchRejected(Exception):
    pass


def _safe_target(dest: Path, member: zipfile.ZipInfo) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest):
        raise BatchRejected(f"member escapes destination: {member.filename!r}")
    return target


def unpack(batch_zip: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(batch_zip) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise BatchRejected("too many files in batch")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BatchRejected("batch too large once unpacked")
        for member in members:
            target = _safe_target(dest, member)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            written.append(target)
    log.info("unpacked %d files from %s", len(written), batch_zip.name)
    return written
