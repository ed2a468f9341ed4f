"""Integrity checks for survey data uploads.

Field crews upload a zip of raw GNSS/total-station files together with a
manifest listing each file's SHA-256.  Files whose checksum does not match
the manifest are flagged for re-upload before processing starts.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


@dataclass
class IntegrityReport:
    ok: list[str]
    mismatched: list[str]
    missing: list[str]

    @property
    def passed(self) -> bool:
        return not self.mismatched and not self.missing


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def load_manifest(upload_dir: Path) -> dict[str, str]:
    manifest = json.loads((upload_dir / "manifest.json").read_text(encoding="utf-8"))
    return {entry["name"]: entry["sha256"].lower() for entry in manifest["files"]}


def verify_upload(upload_dir: Path) -> IntegrityReport:
    expected = load_manifest(upload_dir)
    present = {p.name: p for p in upload_dir.iterdir() if p.is_file() and p.name != "manifest.json"}
    report = IntegrityReport(ok=[], mismatched=[], missing=[])
    for name, checksum in sorted(expected.items()):
        path = present.get(name)
        if path is None:
            report.missing.append(name)
            continue
        if file_sha256(path) == checksum:
            report.ok.append(name)
        else:
            report.mismatched.append(name)
    log.info(
        "upload %s: %d ok, %d mismatched, %d missing",
        upload_dir.name, len(report.ok), len(report.mismatched), len(report.missing),
    )
    return report
