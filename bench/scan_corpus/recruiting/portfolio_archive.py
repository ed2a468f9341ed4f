"""Unpack portfolio archives that candidates attach to design-role applications."""

import tarfile
from pathlib import Path

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 200 * 1024 * 1024
ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".txt", ".md"}


class PortfolioArchiveError(ValueError):
    pass


def extract_portfolio(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        if len(members) > MAX_MEMBERS:
            raise PortfolioArchiveError("too many files in archive")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise PortfolioArchiveError("archive expands beyond the size limit")
        wanted = [m for m in members if Path(m.name).suffix.lower() in ALLOWED_SUFFIXES]
        # the "data" filter rejects absolute paths, "..", links leaving dest and device files
        tar.extractall(path=dest, members=wanted, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())
