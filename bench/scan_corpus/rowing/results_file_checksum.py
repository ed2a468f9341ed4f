"""Validates results files uploaded from the timing desk before import."""

import csv
import hashlib as hl
import io
import json
import logging
from pathlib import Path

log = logging.getLogger("regatta.results.import")

EXPECTED_HEADER = ["race", "lane", "crew", "club", "finish_ms", "status"]


class ChecksumMismatch(Exception):
    pass


def file_checksum(path: Path, chunk: int = 1 << 16) -> str:
    digest = hl.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def load_manifest(manifest_path: Path) -> dict[str, str]:
    """The timing desk writes manifest.json alongside the CSVs: {filename: sha256}."""
    data = json.loads(manifest_path.read_text(encoding="utf-8"))
    return {str(name): str(value).lower() for name, value in data.get("files", {}).items()}


def verify_transfer(upload_dir: Path) -> list[Path]:
    """Check every file listed in the manifest arrived intact."""
    manifest = load_manifest(upload_dir / "manifest.json")
    verified = []
    for name, expected in manifest.items():
        path = upload_dir / Path(name).name
        if not path.is_file():
            raise FileNotFoundError(f"{path.name} listed in manifest but not uploaded")
        actual = file_checksum(path)
        if actual != expected:
            raise ChecksumMismatch(f"{path.name}: expected {expected[:12]}, got {actual[:12]}")
        verified.append(path)
    log.info("Verified %d results files in %s", len(verified), upload_dir.name)
    return verified


def parse_results(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames != EXPECTED_HEADER:
        raise ValueError(f"{path.name} has unexpected columns: {reader.fieldnames}")
    rows = []
    for row in reader:
        row["race"] = int(row["race"])
        row["lane"] = int(row["lane"])
        row["finish_ms"] = int(row["finish_ms"]) if row["finish_ms"] else None
        rows.append(row)
    return rows
