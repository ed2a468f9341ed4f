"""Integrity manifest for artwork proof files.

Every proof PDF and vector file that goes to a client is fingerprinted so
the studio can prove which revision was approved before the sign writer
started marking out the board.
"""
import hashlib
import json
from pathlib import Path
from typing import Iterator

from signwriter.config import settings

CHUNK_SIZE = 1024 * 1024
PROOF_SUFFIXES = {".pdf", ".svg", ".ai", ".eps", ".png"}


def file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK_SIZE), b""):
            hasher.update(block)
    return hasher.hexdigest()


def iter_proof_files(job_dir: Path) -> Iterator[Path]:
    for candidate in sorted(job_dir.rglob("*")):
        if candidate.is_file() and candidate.suffix.lower() in PROOF_SUFFIXES:
            yield candidate


def build_manifest(job_number: str) -> dict:
    job_dir = Path(settings.PROOF_ROOT) / job_number
    entries = []
    for path in iter_proof_files(job_dir):
        entries.append(
            {
                "file": str(path.relative_to(job_dir)),
                "bytes": path.stat().st_size,
                "sha256": file_digest(path),
            }
        )
    return {"job": job_number, "files": entries}


def write_manifest(job_number: str) -> Path:
    manifest = build_manifest(job_number)
    target = Path(settings.PROOF_ROOT) / job_number / "manifest.json"
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def changed_files(job_number: str, previous: dict) -> list[str]:
    before = {entry["file"]: entry["sha256"] for entry in previous.get("files", [])}
    current = build_manifest(job_number)
    return [
        entry["file"]
        for entry in current["files"]
        if before.get(entry["file"]) != entry["sha256"]
    ]
