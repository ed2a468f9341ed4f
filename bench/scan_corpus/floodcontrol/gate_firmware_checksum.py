"""Verifies sluice gate PLC firmware images against the vendor release manifest."""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class ManifestEntry:
    model: str
    version: str
    filename: str
    sha256: str
    size: int


class ReleaseManifest:
    def __init__(self, path: Path) -> None:
        data = json.loads(path.read_text())
        self.entries = {(e["model"], e["version"]): ManifestEntry(**e) for e in data["images"]}

    def entry(self, model: str, version: str) -> ManifestEntry:
        return self.entries[(model, version)]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


class FirmwareStaging:
    """Checks a downloaded image before it is offered to the gate commissioning tool."""

    def __init__(self, manifest: ReleaseManifest, staging_dir: Path) -> None:
        self.manifest = manifest
        self.staging_dir = staging_dir

    def verify(self, model: str, version: str) -> Path:
        entry = self.manifest.entry(model, version)
        image = self.staging_dir / Path(entry.filename).name
        size = image.stat().st_size
        if size != entry.size:
            raise ValueError(f"{image.name}: size {size} differs from manifest {entry.size}")
        actual = file_sha256(image)
        if actual != entry.sha256.lower():
            raise ValueError(f"{image.name}: checksum mismatch")
        return image
