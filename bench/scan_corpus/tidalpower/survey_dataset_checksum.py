"""Check downloaded oceanographic datasets against the publisher's manifest."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ManifestEntry:
    filename: str
    sha256: str
    size: int


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """The ADCP current-profile publisher ships a JSON manifest with every release."""
    doc = json.loads(path.read_text())
    return {
        item["file"]: ManifestEntry(item["file"], item["sha256"].lower(), int(item["bytes"]))
        for item in doc["files"]
    }


def file_digest(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


class DatasetAuditor:
    def __init__(self, release_dir: Path) -> None:
        self.release_dir = release_dir
        self.manifest = read_manifest(release_dir / "MANIFEST.json")

    def corrupted(self) -> list[str]:
        problems: list[str] = []
        for name, entry in self.manifest.items():
            local = self.release_dir / Path(name).name
            if not local.is_file() or local.stat().st_size != entry.size:
                problems.append(name)
                continue
            if file_digest(local) != entry.sha256:
                problems.append(name)
        return problems


if __name__ == "__main__":
    import sys

    failed = DatasetAuditor(Path(sys.argv[1])).corrupted()
    print("all files verified" if not failed else f"{len(failed)} file(s) failed: {', '.join(failed)}")
    raise SystemExit(1 if failed else 0)
