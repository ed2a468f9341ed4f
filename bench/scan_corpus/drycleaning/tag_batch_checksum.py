"""Checksums the garment tag print batches sent from head office to shop tag printers."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 16


@dataclass(frozen=True)
class BatchManifest:
    batch_id: str
    shop_code: str
    tag_count: int
    digest: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


class BatchFingerprinter:
    digest_name = "sha256"

    def file_digest(self, path: Path) -> str:
        h = hashlib.new(self.digest_name)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                h.update(chunk)
        return h.hexdigest()

    def manifest_for(self, batch_file: Path, shop_code: str) -> BatchManifest:
        with batch_file.open("r", encoding="utf-8") as fh:
            count = sum(1 for line in fh if line.strip())
        return BatchManifest(
            batch_id=batch_file.stem,
            shop_code=shop_code,
            tag_count=count,
            digest=self.file_digest(batch_file),
        )


def verify_received(batch_file: Path, manifest_json: str) -> bool:
    """Run on the shop PC before the batch is fed to the tag printer."""
    expected = BatchManifest(**json.loads(manifest_json))
    actual = BatchFingerprinter().manifest_for(batch_file, expected.shop_code)
    return actual.digest == expected.digest and actual.tag_count == expected.tag_count
