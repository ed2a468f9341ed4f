"""Integrity index for the owner document vault.

Every contract, deed and statement stored in the vault gets a SHA-256 checksum
recorded at upload time. The nightly audit recomputes the checksums and
reports any file whose content changed or disappeared.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _h
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class AuditFinding:
    relative_path: str
    problem: str


class ChecksumIndex:
    def __init__(self, vault_root: Path, index_db: str) -> None:
        self._root = vault_root
        self._db = sqlite3.connect(index_db)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS checksums (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL)"
        )

    def record(self, path: Path) -> str:
        relative = path.relative_to(self._root).as_posix()
        checksum = file_checksum(path)
        self._db.execute(
            "INSERT OR REPLACE INTO checksums (path, sha256) VALUES (?, ?)",
            (relative, checksum),
        )
        self._db.commit()
        return checksum

    def audit(self) -> list[AuditFinding]:
        findings: list[AuditFinding] = []
        for relative, expected in self._db.execute("SELECT path, sha256 FROM checksums"):
            full = self._root / relative
            if not full.is_file():
                findings.append(AuditFinding(relative, "missing"))
                continue
            if file_checksum(full) != expected:
                findings.append(AuditFinding(relative, "content changed"))
        log.info("vault audit finished with %d findings", len(findings))
        return findings


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    index = ChecksumIndex(Path(os.environ["VAULT_ROOT"]), os.environ["VAULT_INDEX_DB"])
    for finding in index.audit():
        print(f"{finding.relative_path}: {finding.problem}")
