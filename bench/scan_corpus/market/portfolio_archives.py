"""Extracts portfolio samples that sellers upload as a tar archive."""
import tarfile
from pathlib import Path


def extract_portfolio(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(path=dest, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())
