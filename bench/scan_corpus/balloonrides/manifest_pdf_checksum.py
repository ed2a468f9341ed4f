"""Archive index for signed passenger manifests kept for the aviation authority audit."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List


@dataclass
class ArchivedManifest:
    flight_id: str
    filename: str
    size_bytes: int
    checksum: str
    archived_at: str


class ManifestArchiveIndex:
    """Records a content checksum for every manifest PDF so later edits are detectable."""

    digest_name = "sha256"
    chunk_size = 1 << 16

    def __init__(self, archive_dir: Path) -> None:
        self.archive_dir = archive_dir
        self.index_file = archive_dir / "index.json"

    def _checksum(self, path: Path) -> str:
        h = hashlib.new(self.digest_name)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()

    def _load(self) -> Dict[str, dict]:
        if self.index_file.exists():
            return json.loads(self.index_file.read_text())
        return {}

    def record(self, flight_id: str, pdf: Path) -> ArchivedManifest:
        entry = ArchivedManifest(
            flight_id=flight_id,
            filename=pdf.name,
            size_bytes=pdf.stat().st_size,
            checksum=self._checksum(pdf),
            archived_at=datetime.now(timezone.utc).isoformat(),
        )
        index = self._load()
        index[pdf.name] = asdict(entry)
        self.index_file.write_text(json.dumps(index, indent=2, sort_keys=True))
        return entry

    def altered(self) -> List[str]:
        index = self._load()
        return [
            name for name, meta in index.items()
            if self._checksum(self.archive_dir / name) != meta["checksum"]
        ]
