"""Builds the checksum manifest that travels with each outbound E2B(R3) ICSR batch."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable


@dataclass
class ManifestEntry:
    file_name: str
    size: int
    sha256: str


@dataclass
class BatchManifest:
    batch_id: str
    receiver: str
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    entries: list[ManifestEntry] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(
            {
                "batchId": self.batch_id,
                "receiver": self.receiver,
                "created": self.created,
                "files": [e.__dict__ for e in self.entries],
            },
            indent=2,
        )


class FileDigester:
    algorithm = "sha256"
    block = 64 * 1024

    @classmethod
    def digest(cls, path: Path) -> str:
        h = hashlib.new(cls.algorithm)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(cls.block), b""):
                h.update(chunk)
        return h.hexdigest()


def build_manifest(batch_id: str, receiver: str, files: Iterable[Path]) -> BatchManifest:
    manifest = BatchManifest(batch_id=batch_id, receiver=receiver)
    for path in sorted(files):
        manifest.entries.append(
            ManifestEntry(path.name, path.stat().st_size, FileDigester.digest(path))
        )
    return manifest


def verify_manifest(manifest_file: Path) -> list[str]:
    """Return names of files whose on-disk content no longer matches the manifest."""
    data = json.loads(manifest_file.read_text(encoding="utf-8"))
    folder = manifest_file.parent
    mismatched = []
    for entry in data["files"]:
        target = folder / Path(entry["file_name"]).name
        if not target.exists() or FileDigester.digest(target) != entry["sha256"]:
            mismatched.append(entry["file_name"])
    return mismatched


if __name__ == "__main__":
    import sys

    outbox = Path(sys.argv[1])
    m = build_manifest(outbox.name, sys.argv[2], outbox.glob("*.xml"))
    (outbox / "manifest.json").write_text(m.to_json(), encoding="utf-8")
