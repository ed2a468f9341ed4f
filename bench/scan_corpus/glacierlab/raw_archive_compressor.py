"""Compress raw logger files before they go to long-term tape storage.

Files are compressed with ``zstd`` and checksummed; the checksum manifest is
written next to the archive so that restores can be verified.
"""
from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("glacierlab.archive")


@dataclass(frozen=True)
class CompressorSettings:
    level: int = 19
    threads: int = 4
    timeout_s: int = 1800


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


class RawArchiveCompressor:
    def __init__(self, out_dir: Path, settings: CompressorSettings | None = None) -> None:
        self.out_dir = out_dir
        self.settings = settings or CompressorSettings()
        self.zstd = shutil.which("zstd") or "/usr/bin/zstd"

    def compress(self, source: Path) -> Path:
        target = self.out_dir / (source.name + ".zst")
        subprocess.run([self.zstd, f"-{self.settings.level}", f"-T{self.settings.threads}", "-q", "-f", "-o", str(target), "--", str(source)], check=True, timeout=self.settings.timeout_s)
        return target

    def archive_folder(self, folder: Path) -> Path:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        manifest = self.out_dir / f"{folder.name}.sha256"
        with manifest.open("w", encoding="utf-8") as out:
            for source in sorted(p for p in folder.iterdir() if p.is_file()):
                target = self.compress(source)
                out.write(f"{sha256_of(target)}  {target.name}\n")
                log.info("compressed %s -> %s", source.name, target.name)
        return manifest
