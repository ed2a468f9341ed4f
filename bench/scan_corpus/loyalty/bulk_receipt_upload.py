"""Bulk upload of receipts for missing-points claims (partner back office).

Partner store managers can upload a ZIP of scanned receipts. Members of the
archive are validated and written one by one; anything that would land
outside the claim folder, or that is not an image, is skipped.
"""
import zipfile
from pathlib import Path

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf"}
MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 10 * 1024 * 1024


class ArchiveRejected(ValueError):
    pass


def extract_receipts(archive_path: Path, claim_dir: Path) -> list[Path]:
    root = claim_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive_path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            raise ArchiveRejected("too many files in archive")
        for info in infos:
            if Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                raise ArchiveRejected(f"{info.filename} is too large")
            target = (root / info.filename).resolve()
            if not target.is_relative_to(root):
                raise ArchiveRejected(f"illegal path in archive: {info.filename}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                dst.write(src.read(MAX_MEMBER_BYTES + 1)[:MAX_MEMBER_BYTES])
            written.append(target)
    return written
