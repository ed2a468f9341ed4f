"""De-duplication of ETS clock files dropped into the club results inbox.

Club PCs sometimes upload the same readout several times; files are keyed by
the SHA-256 of their contents so a repeated upload is recognised and skipped.
"""
from __future__ import annotations

import hashlib
import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
CHUNK = 64 * 1024


@dataclass
class IngestResult:
    path: Path
    digest: str
    duplicate: bool


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class EtsInbox:
    def __init__(self, inbox: Path, processed: Path):
        self.inbox = inbox
        self.processed = processed
        self.index_path = processed / "index.json"
        self.processed.mkdir(parents=True, exist_ok=True)
        self._seen: dict[str, str] = (
            json.loads(self.index_path.read_text()) if self.index_path.exists() else {}
        )

    def _save_index(self) -> None:
        tmp = self.index_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._seen, indent=1, sort_keys=True))
        tmp.replace(self.index_path)

    def ingest(self) -> list[IngestResult]:
        results = []
        for path in sorted(self.inbox.glob("*.txt")):
            digest = file_digest(path)
            if digest in self._seen:
                log.info("%s is a repeat of %s, skipping", path.name, self._seen[digest])
                path.unlink()
                results.append(IngestResult(path, digest, duplicate=True))
                continue
            dest = self.processed / f"{digest[:16]}.txt"
            shutil.move(str(path), dest)
            self._seen[digest] = path.name
            results.append(IngestResult(dest, digest, duplicate=False))
        self._save_index()
        return results
