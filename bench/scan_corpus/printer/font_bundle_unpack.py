"""Unpack font bundles supplied with customer artwork.

Customers send fonts as .tar.gz bundles alongside layout files; prepress needs
them installed in the job's font folder before the RIP processes the PDF.
"""
import tarfile
from pathlib import Path

from printshop.config import settings

FONT_SUFFIXES = {".otf", ".ttf", ".pfb", ".pfm", ".afm"}


def job_font_dir(job_number: str) -> Path:
    path = Path(settings.PREPRESS_ROOT) / job_number / "fonts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _font_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    return [
        m for m in archive.getmembers()
        if m.isfile() and Path(m.name).suffix.lower() in FONT_SUFFIXES
    ]


def unpack_fonts(bundle: Path, job_number: str) -> list[Path]:
    dest = job_font_dir(job_number)
    with tarfile.open(bundle, "r:*") as archive:
        members = _font_members(archive)
        archive.extractall(dest, members=members, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())


def font_manifest(job_number: str) -> list[dict]:
    base = job_font_dir(job_number)
    return [
        {"name": p.name, "size": p.stat().st_size, "path": str(p.relative_to(base))}
        for p in sorted(base.rglob("*"))
        if p.is_file()
    ]
