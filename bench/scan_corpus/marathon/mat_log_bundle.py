"""Unpack zipped mat diagnostic logs uploaded by field technicians."""
import logging
import zipfile
from pathlib import Path

log = logging.getLogger("mats.logs")

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 500 * 1024 * 1024


class BundleError(ValueError):
    pass


def _safe_target(dest: Path, member: zipfile.ZipInfo) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest):
        raise BundleError(f"entry escapes destination: {member.filename!r}")
    return target


def unpack_bundle(bundle: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise BundleError("too many entries")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleError("bundle too large once extracted")
        for member in members:
            target = _safe_target(dest, member)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(target)
    log.info("unpacked %d log files from %s", len(written), bundle.name)
    return written
