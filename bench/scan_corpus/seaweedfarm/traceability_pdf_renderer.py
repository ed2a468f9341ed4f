"""Renders traceability certificates to PDF with wkhtmltopdf.

The HTML certificate is produced from a Jinja template; the file names
include the buyer's lot reference, which comes from the buyer portal.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class RendererOptions:
    page_size: str = "A4"
    margin_mm: int = 12
    extra: list[str] = field(default_factory=lambda: ["--quiet", "--print-media-type"])

    def as_args(self) -> list[str]:
        return [
            "--page-size", self.page_size,
            "--margin-top", f"{self.margin_mm}mm",
            "--margin-bottom", f"{self.margin_mm}mm",
            *self.extra,
        ]


class CertificatePdfRenderer:
    binary_name = "wkhtmltopdf"

    def __init__(self, out_dir: Path, options: RendererOptions | None = None) -> None:
        self._out_dir = out_dir
        self._options = options or RendererOptions()
        binary = shutil.which(self.binary_name)
        if binary is None:
            raise RuntimeError("wkhtmltopdf is not installed")
        self._binary = binary

    def _argv(self, html: Path, pdf: Path, title: str) -> list[str]:
        return [self._binary, *self._options.as_args(), "--title", title, str(html), str(pdf)]

    def render(self, html: Path, lot_ref: str) -> Path:
        self._out_dir.mkdir(parents=True, exist_ok=True)
        pdf = self._out_dir / f"certificate_{abs(hash(lot_ref)) % 10**8:08d}.pdf"
        argv = self._argv(html, pdf, f"Traceability certificate {lot_ref}")
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            log.error("wkhtmltopdf failed for %s: %s", lot_ref, result.stderr.strip()[:500])
            raise RuntimeError("certificate rendering failed")
        return pdf
