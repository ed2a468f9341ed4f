"""Unpacks zip exports from vibration monitors returned by the monitoring consultant."""
from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class UnpackResult:
    monitor_id: str
    files: list[Path]
    skipped: int


class MonitorExportUnpacker:
    accepted_suffixes = (".csv", ".txt", ".idfw", ".pdf")
    chunk = 64 * 1024

    def __init__(self, staging_root: Path) -> None:
        self.staging_root = staging_root

    def _destination(self, monitor_id: str) -> Path:
        dest = self.staging_root / monitor_id
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def _write_member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path) -> Path:
        out_path = dest / info.filename
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as src, open(out_path, "wb") as dst:
            shutil.copyfileobj(src, dst, self.chunk)
        return out_path

    def unpack(self, monitor_id: str, archive_path: Path) -> UnpackResult:
        dest = self._destination(monitor_id)
        written: list[Path] = []
        skipped = 0
        with zipfile.ZipFile(archive_path) as archive:
            for info in archive.infolist():
                if info.is_dir() or not info.filename.lower().endswith(self.accepted_suffixes):
                    skipped += 1
                    continue
                written.append(self._write_member(archive, info, dest))
        return UnpackResult(monitor_id=monitor_id, files=written, skipped=skipped)


def unpack_batch(staging_root: Path, uploads: dict[str, Path]) -> list[UnpackResult]:
    unpacker = MonitorExportUnpacker(staging_root)
    return [unpacker.unpack(monitor, path) for monitor, path in uploads.items()]
