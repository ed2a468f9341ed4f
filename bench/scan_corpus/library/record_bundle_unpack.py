"""Unpack zipped MARC deliveries from cataloguing vendors into the staging area."""
import logging
import shutil
import stat
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".mrc", ".xml", ".txt"}
MAX_TOTAL_BYTES = 2 * 1024**3


class BundleError(Exception):
    pass


def unpack_bundle(archive: Path, staging: Path) -> list[Path]:
    staging = staging.resolve()
    staging.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleError("bundle expands beyond the staging limit")
        for member in members:
            if stat.S_ISLNK(member.external_attr >> 16):
                raise BundleError(f"symlink in bundle: {member.filename}")
            target = (staging / member.filename).resolve()
            if not target.is_relative_to(staging):
                raise BundleError(f"entry escapes staging dir: {member.filename}")
            if target.suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s", member.filename)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    log.info("unpacked %d files from %s", len(written), archive.name)
    return written
