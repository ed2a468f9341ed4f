"""Converts customer wither tracings into DXF for the tree-cutting table."""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

INKSCAPE = "/usr/bin/inkscape"
EXPORT_ROOT = Path("/srv/saddlery/cad")


@dataclass
class TracingJob:
    order_number: str
    upload_name: str
    scan_dpi: int = 300


def _run(command: str, timeout: int = 120) -> str:
    completed = subprocess.run(
        command, shell=True, capture_output=True, text=True, timeout=timeout, check=True
    )
    return completed.stdout


class TracingExporter:
    """Background worker step: one tracing scan in, one DXF out."""

    def __init__(self, upload_dir: Path, export_root: Path = EXPORT_ROOT) -> None:
        self._upload_dir = upload_dir
        self._export_root = export_root

    def export(self, job: TracingJob) -> Path:
        if not job.order_number.isalnum():
            raise ValueError(f"bad order number {job.order_number!r}")
        source = self._upload_dir / job.order_number / job.upload_name
        target_dir = self._export_root / job.order_number
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / "tracing.dxf"
        cmd = (
            f"{INKSCAPE} --export-type=dxf --export-dpi={int(job.scan_dpi)} "
            f"--export-filename={target} '{source}'"
        )
        log.info("exporting tracing for order %s", job.order_number)
        _run(cmd)
        return target

    def export_many(self, jobs: list[TracingJob]) -> list[Path]:
        done = []
        for job in jobs:
            try:
                done.append(self.export(job))
            except subprocess.CalledProcessError as exc:
                log.warning("export failed for %s: %s", job.order_number, exc.stderr)
        return done
