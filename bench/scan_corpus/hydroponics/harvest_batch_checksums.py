"""Checksums for harvest batch manifests exchanged with the cold-chain carrier."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class ChecksumPolicy:
    algorithm: str = "sha256"
    chunk_size: int = 1 << 16
    sidecar_suffix: str = ".sha256"


class ManifestDigester:
    def __init__(self, policy: ChecksumPolicy = ChecksumPolicy()) -> None:
        self.policy = policy

    def digest(self, path: Path) -> str:
        hasher = hashlib.new(self.policy.algorithm)
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(self.policy.chunk_size), b""):
                hasher.update(chunk)
        return hasher.hexdigest()

    def sidecar_for(self, path: Path) -> Path:
        return path.with_name(path.name + self.policy.sidecar_suffix)

    def write_sidecar(self, path: Path) -> Path:
        sidecar = self.sidecar_for(path)
        sidecar.write_text(f"{self.digest(path)}  {path.name}\n", encoding="utf-8")
        return sidecar

    def check(self, path: Path) -> bool:
        recorded = self.sidecar_for(path).read_text(encoding="utf-8").split()[0]
        return recorded == self.digest(path)


def manifest_rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def seal_outbound(manifests: Iterable[Path]) -> dict[str, int]:
    digester = ManifestDigester()
    summary: dict[str, int] = {}
    for manifest in manifests:
        digester.write_sidecar(manifest)
        summary[manifest.name] = sum(1 for _ in manifest_rows(manifest))
    return summary
