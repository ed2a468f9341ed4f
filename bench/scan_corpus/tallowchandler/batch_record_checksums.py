"""Tamper-evidence for poured batch records exported to the compliance archive."""
import hashlib
import json
from datetime import date
from pathlib import Path

from tallow.config import settings

ARCHIVE_ROOT = Path(settings.BATCH_ARCHIVE_DIR)
MANIFEST_NAME = "manifest.json"


def record_digest(record_path: Path, chunk_size: int = 65536) -> str:
    digest = hashlib.sha256()
    with record_path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(batch_day: date) -> Path:
    day_dir = ARCHIVE_ROOT / batch_day.isoformat()
    entries = {}
    for record in sorted(day_dir.glob("*.csv")):
        entries[record.name] = {
            "sha256": record_digest(record),
            "bytes": record.stat().st_size,
        }
    manifest_path = day_dir / MANIFEST_NAME
    manifest_path.write_text(json.dumps({"date": batch_day.isoformat(), "records": entries}, indent=2))
    return manifest_path


def verify_manifest(batch_day: date) -> list[str]:
    day_dir = ARCHIVE_ROOT / batch_day.isoformat()
    manifest = json.loads((day_dir / MANIFEST_NAME).read_text())
    mismatched = []
    for name, meta in manifest["records"].items():
        path = day_dir / name
        if not path.exists() or record_digest(path) != meta["sha256"]:
            mismatched.append(name)
    return mismatched
