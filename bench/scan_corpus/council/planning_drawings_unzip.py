"""Extract drawing packs for planning appeals into the appeal case folder.

The Planning Inspectorate sends appeal documents as zip files. Every member
name is resolved against the destination before anything is written.
"""
import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_TOTAL_BYTES = 750 * 1024 * 1024


class BundleRejected(Exception):
    pass


def _target_for(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise BundleRejected(f"member escapes destination: {member_name!r}")
    return target


def extract_appeal_pack(archive_path: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    with zipfile.ZipFile(archive_path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise BundleRejected("appeal pack too large once uncompressed")

        for info in infos:
            target = _target_for(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)

    log.info("Extracted %d files from %s", len(written), archive_path.name)
    return written
