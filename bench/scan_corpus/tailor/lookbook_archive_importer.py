"""Imports seasonal lookbook archives prepared by the marketing agency.

The agency delivers a zip of campaign photography and style notes; the
contents are unpacked into the portal's static lookbook folder.
"""
import logging
import os
import shutil
import zipfile

log = logging.getLogger(__name__)

LOOKBOOK_ROOT = os.environ.get("HC_LOOKBOOK_ROOT", "/srv/hc/media/lookbook")
ALLOWED = (".jpg", ".jpeg", ".png", ".webp", ".md")
MAX_TOTAL_BYTES = 500 * 1024 * 1024


class ArchiveRejected(Exception):
    pass


def _member_target(root: str, member_name: str) -> str:
    target = os.path.realpath(os.path.join(root, member_name))
    if os.path.commonpath([root, target]) != root or target == root:
        raise ArchiveRejected(f"entry escapes lookbook folder: {member_name!r}")
    return target


def import_lookbook(archive_path: str, season: str) -> list[str]:
    if not season.replace("-", "").isalnum():
        raise ArchiveRejected(f"bad season label: {season!r}")
    root = os.path.realpath(os.path.join(LOOKBOOK_ROOT, season))
    os.makedirs(root, exist_ok=True)

    written: list[str] = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [i for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith(ALLOWED)]
        if sum(i.file_size for i in members) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("archive expands beyond the size limit")
        for info in members:
            target = _member_target(root, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(os.path.relpath(target, root))
    log.info("lookbook %s: %d files imported", season, len(written))
    return written
