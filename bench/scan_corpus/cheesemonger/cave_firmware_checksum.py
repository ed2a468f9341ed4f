"""Verifies firmware images before pushing them to cave humidity sensors over the air."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 16


@dataclass(frozen=True)
class FirmwareManifest:
    model: str
    version: str
    image: str
    sha256: str
    size: int

    @classmethod
    def load(cls, path: Path) -> "FirmwareManifest":
        data = json.loads(path.read_text())
        return cls(
            model=data["model"],
            version=data["version"],
            image=data["image"],
            sha256=data["sha256"].lower(),
            size=int(data["size"]),
        )


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


class FirmwareCheckError(Exception):
    pass


def check_image(manifest_path: Path) -> Path:
    manifest = FirmwareManifest.load(manifest_path)
    image = manifest_path.parent / manifest.image
    if image.parent != manifest_path.parent:
        raise FirmwareCheckError("image must sit next to its manifest")
    if image.stat().st_size != manifest.size:
        raise FirmwareCheckError(
            f"{image.name}: size {image.stat().st_size} != {manifest.size}"
        )
    actual = file_digest(image)
    if actual != manifest.sha256:
        raise FirmwareCheckError(f"{image.name}: checksum mismatch")
    return image


def rollout_plan(release_dir: Path, models: set[str]) -> list[tuple[str, str, Path]]:
    plan = []
    for manifest_path in sorted(release_dir.glob("*.manifest.json")):
        manifest = FirmwareManifest.load(manifest_path)
        if manifest.model in models:
            plan.append((manifest.model, manifest.version, check_image(manifest_path)))
    return plan
