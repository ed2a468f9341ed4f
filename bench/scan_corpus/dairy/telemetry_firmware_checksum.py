"""Verifies firmware images before they are pushed to tank-level gateways.

The gateway vendor publishes a manifest listing each image and its
SHA-256 digest; images are checked before the OTA job is scheduled.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class FirmwareImage:
    model: str
    version: str
    filename: str
    sha256: str


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def load_manifest(manifest_path: Path) -> list[FirmwareImage]:
    data = json.loads(manifest_path.read_text())
    return [
        FirmwareImage(item["model"], item["version"], item["file"], item["sha256"].lower())
        for item in data["images"]
    ]


def verify_images(release_dir: Path) -> dict[str, bool]:
    results: dict[str, bool] = {}
    for image in load_manifest(release_dir / "manifest.json"):
        candidate = release_dir / image.filename
        if not candidate.is_file():
            results[image.filename] = False
            continue
        results[image.filename] = file_digest(candidate) == image.sha256
    return results


def ready_for_rollout(release_dir: Path) -> bool:
    outcome = verify_images(release_dir)
    return bool(outcome) and all(outcome.values())


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1])
    for name, ok in verify_images(target).items():
        print(f"{name}: {'OK' if ok else 'MISMATCH'}")
