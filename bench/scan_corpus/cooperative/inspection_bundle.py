"""Ingest of inspection bundles.

External inspectors upload one .tar.gz per building containing photos and a
findings.csv; we unpack it and open maintenance tickets for each finding.
"""
import csv
import logging
import tarfile
import tempfile
from pathlib import Path

from coopsys.tickets import attach_photo, create_ticket

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}


def unpack_bundle(upload_path: Path, workdir: Path) -> Path:
    dest = workdir / "bundle"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(upload_path, mode="r:*") as tar:
        tar.extractall(path=dest)
    return dest


def _index_photos(root: Path) -> dict[str, Path]:
    return {p.name: p for p in root.rglob("*") if p.suffix.lower() in PHOTO_SUFFIXES}


def ingest(upload_path: str, building_id: int, inspector_id: int) -> int:
    created = 0
    with tempfile.TemporaryDirectory(prefix="inspection-") as tmp:
        root = unpack_bundle(Path(upload_path), Path(tmp))
        photos = _index_photos(root)
        findings = root / "findings.csv"
        if not findings.is_file():
            raise ValueError("bundle has no findings.csv")
        with findings.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                ticket = create_ticket(
                    building_id=building_id,
                    unit_code=row.get("unit") or None,
                    category=row.get("category", "general"),
                    summary=row["finding"][:200],
                    reported_by=inspector_id,
                )
                photo = photos.get(row.get("photo", ""))
                if photo is not None:
                    attach_photo(ticket.id, photo, uploaded_by=inspector_id)
                created += 1
    log.info("inspection bundle for building %s: %d tickets", building_id, created)
    return created
