"""Import white-label storefront themes uploaded by promoters.

A theme archive is a .tar.gz holding CSS, fonts and images. It is unpacked
into a fresh directory which is then served by the CDN origin.
"""
import tarfile
import uuid
from pathlib import Path

from .config import settings

ALLOWED_SUFFIXES = {".css", ".woff2", ".woff", ".png", ".jpg", ".svg", ".webp"}
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 25 * 1024 * 1024


class ThemeRejected(Exception):
    pass


def _check_members(tar: tarfile.TarFile) -> None:
    members = tar.getmembers()
    if len(members) > MAX_MEMBERS:
        raise ThemeRejected("too many files in theme")
    if sum(m.size for m in members) > MAX_TOTAL_BYTES:
        raise ThemeRejected("theme is too large once unpacked")
    for m in members:
        if m.isfile() and Path(m.name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise ThemeRejected(f"file type not allowed: {m.name}")


def import_theme(promoter_id: int, archive_path: Path) -> Path:
    dest = Path(settings.THEME_ROOT) / str(promoter_id) / uuid.uuid4().hex
    dest.mkdir(parents=True)
    try:
        with tarfile.open(archive_path, mode="r:gz") as tar:
            _check_members(tar)
            tar.extractall(path=dest, filter="data")
    except tarfile.TarError as exc:
        raise ThemeRejected(f"invalid archive: {exc}") from exc
    return dest
