"""Export segment ring drawings uploaded by the precast supplier to PNG previews.

The supplier uploads DXF drawings per segment mould; previews are generated
with the ezdxf command-line tool for the QA review page.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PreviewJob:
    source: Path
    target: Path
    dpi: int = 150


class DrawingPreviewer:
    executable = "ezdxf"
    timeout_s = 90

    def __init__(self, preview_root: Path) -> None:
        self.preview_root = preview_root

    def plan(self, drawing: Path, dpi: int = 150) -> PreviewJob:
        target = self.preview_root / f"{drawing.stem}.png"
        return PreviewJob(source=drawing, target=target, dpi=max(72, min(dpi, 600)))

    def argv(self, job: PreviewJob) -> list[str]:
        return [
            self.executable,
            "draw",
            "--dpi",
            str(job.dpi),
            "-o",
            str(job.target),
            "--",
            str(job.source),
        ]

    def run(self, job: PreviewJob) -> Path:
        self.preview_root.mkdir(parents=True, exist_ok=True)
        subprocess.run(self.argv(job), check=True, capture_output=True, timeout=self.timeout_s)
        return job.target


def preview_upload(upload_path: Path, preview_root: Path) -> Path:
    previewer = DrawingPreviewer(preview_root)
    return previewer.run(previewer.plan(upload_path))
