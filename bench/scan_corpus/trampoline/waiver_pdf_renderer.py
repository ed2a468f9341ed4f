"""Turns signed waiver HTML into PDFs for the guardian's confirmation email."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class WaiverDoc:
    waiver_id: str
    guardian_name: str
    html_path: Path


class WaiverPdfRenderer:
    binary = "wkhtmltopdf"
    page_opts = "--page-size A4 --margin-top 12mm --margin-bottom 12mm --quiet"
    run_opts = {"shell": True, "check": True, "timeout": 60, "capture_output": True}

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.out_dir.mkdir(parents=True, exist_ok=True)

    def _target(self, doc: WaiverDoc) -> Path:
        return self.out_dir / f"{doc.waiver_id}.pdf"

    def _command(self, doc: WaiverDoc) -> str:
        title = f"Waiver - {doc.guardian_name}"
        return f'{self.binary} {self.page_opts} --title "{title}" {doc.html_path} {self._target(doc)}'

    def render(self, doc: WaiverDoc) -> Path:
        cmd = self._command(doc)
        try:
            subprocess.run(cmd, **self.run_opts)
        except subprocess.CalledProcessError as exc:
            log.error("waiver %s render failed: %s", doc.waiver_id, exc.stderr[-500:])
            raise
        return self._target(doc)


def render_batch(renderer: WaiverPdfRenderer, docs: list[WaiverDoc]) -> list[Path]:
    out = []
    for doc in docs:
        out.append(renderer.render(doc))
    return out
