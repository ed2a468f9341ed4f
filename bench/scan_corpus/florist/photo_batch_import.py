"""Import a zip of product photos supplied by a grower."""
import logging
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def _safe_members(zf: zipfile.ZipFile, dest: Path):
    total = 0
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ValueError("too many files in archive")
    for info in infos:
        if info.is_dir():
            continue
        target = (dest / info.filename).resolve()
        if not target.is_relative_to(dest):
            raise ValueError(f"archive member escapes target: {info.filename!r}")
        if target.suffix.lower() not in ALLOWED_SUFFIXES:
            continue
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ValueError("archive too large once extracted")
        yield info


def import_photos(archive: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    extracted = []
    with zipfile.ZipFile(archive) as zf:
        for info in list(_safe_members(zf, dest)):
            extracted.append(Path(zf.extract(info, dest)))
    log.info("imported %d photos from %s", len(extracted), archive.name)
    return extracted
