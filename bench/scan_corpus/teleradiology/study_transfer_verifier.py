"""Checks that a study pulled from a partner PACS arrived complete.

The partner's export job writes a JSON manifest next to the study folder
listing each instance file with its size and SHA-256.  Before the study is
released to the worklist every file is re-hashed and compared with the
manifest; mismatches send the study back for re-transfer.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class TransferCheck:
    study_uid: str
    missing: list[str] = field(default_factory=list)
    corrupted: list[str] = field(default_factory=list)
    verified: int = 0

    @property
    def ok(self) -> bool:
        return not self.missing and not self.corrupted


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_transfer(study_dir: Path) -> TransferCheck:
    manifest = json.loads((study_dir / "manifest.json").read_text(encoding="utf-8"))
    check = TransferCheck(study_uid=manifest["study_instance_uid"])
    on_disk = {p.name: p for p in study_dir.glob("*.dcm")}

    for item in manifest["instances"]:
        path = on_disk.get(item["file"])
        if path is None:
            check.missing.append(item["file"])
            continue
        if path.stat().st_size != item["size"] or _sha256_file(path) != item["sha256"].lower():
            check.corrupted.append(item["file"])
            continue
        check.verified += 1

    if check.ok:
        log.info("study %s verified: %d instances", check.study_uid, check.verified)
    else:
        log.warning(
            "study %s failed verification: %d missing, %d corrupted",
            check.study_uid,
            len(check.missing),
            len(check.corrupted),
        )
    return check
