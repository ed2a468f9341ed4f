"""Renders the signed waiver HTML into a PDF with wkhtmltopdf."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import List


@dataclass
class RendererOptions:
    binary: str = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"
    page_size: str = "A4"
    margins_mm: int = 12
    extra_flags: List[str] = field(default_factory=lambda: ["--quiet", "--disable-javascript"])

    def argv(self, source: Path, target: Path, title: str) -> List[str]:
        m = str(self.margins_mm)
        return [
            self.binary,
            *self.extra_flags,
            "--page-size", self.page_size,
            "-T", m, "-B", m, "-L", m, "-R", m,
            "--title", title,
            str(source),
            str(target),
        ]


class WaiverPdfRenderer:
    def __init__(self, out_dir: Path, options: RendererOptions | None = None) -> None:
        self.out_dir = out_dir
        self.options = options or RendererOptions()

    def render(self, html_path: Path, student_name: str, waiver_id: int) -> Path:
        target = self.out_dir / f"waiver_{waiver_id}.pdf"
        argv = self.options.argv(html_path, target, f"Waiver - {student_name}")
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        if proc.returncode != 0:
            raise RuntimeError(f"wkhtmltopdf exited {proc.returncode}: {proc.stderr[:200]}")
        return target
