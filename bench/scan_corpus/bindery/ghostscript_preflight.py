"""Preflights uploaded interiors with Ghostscript before they enter the imposition queue."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PreflightSettings:
    gs_binary: str = "gs"
    scratch_dir: str = "/var/tmp/bindery-preflight"
    pdfx_profile: str = "PDF/X-1a"
    timeout_s: int = 300


@dataclass
class PreflightResult:
    ok: bool
    normalised_pdf: Path | None
    messages: list[str]


def _scratch_output(settings: PreflightSettings, job_id: int) -> str:
    return tempfile.mktemp(prefix=f"pf-{job_id}-", suffix=".pdf", dir=settings.scratch_dir)


class Preflighter:
    def __init__(self, settings: PreflightSettings | None = None) -> None:
        self.settings = settings or PreflightSettings()
        os.makedirs(self.settings.scratch_dir, exist_ok=True)

    def run(self, job_id: int, interior: Path) -> PreflightResult:
        out_path = _scratch_output(self.settings, job_id)
        args = [
            self.settings.gs_binary,
            "-dBATCH",
            "-dNOPAUSE",
            "-dSAFER",
            "-sDEVICE=pdfwrite",
            "-dPDFX",
            "-dColorConversionStrategy=/CMYK",
            f"-sOutputFile={out_path}",
            str(interior),
        ]
        proc = subprocess.run(args, capture_output=True, text=True,
                              timeout=self.settings.timeout_s)
        messages = [line for line in proc.stderr.splitlines() if line.strip()]
        if proc.returncode != 0 or not os.path.exists(out_path):
            return PreflightResult(False, None, messages)
        return PreflightResult(True, Path(out_path), messages)


def preflight_and_move(job_id: int, interior: Path, ready_dir: Path) -> Path | None:
    result = Preflighter().run(job_id, interior)
    if not result.ok or result.normalised_pdf is None:
        return None
    final = ready_dir / f"{job_id}-interior.pdf"
    os.replace(result.normalised_pdf, final)
    return final
