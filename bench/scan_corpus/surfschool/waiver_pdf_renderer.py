"""Render signed waiver HTML to PDF with wkhtmltopdf for the customer's records."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List

WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"


@dataclass
class WaiverDocument:
    waiver_id: str
    customer_name: str
    html_path: Path
    signed_on: str


@dataclass(frozen=True)
class RenderOptions:
    page_size: str = "A4"
    margin_mm: int = 12
    dpi: int = 150

    def as_args(self) -> List[str]:
        m = str(self.margin_mm)
        return [
            "--page-size", self.page_size, "--dpi", str(self.dpi),
            "-T", m, "-B", m, "-L", m, "-R", m,
            "--disable-javascript", "--disable-local-file-access",
        ]


def render_pdf(doc: WaiverDocument, out_dir: Path, options: RenderOptions = RenderOptions()) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"waiver-{doc.waiver_id}.pdf"
    argv = [
        WKHTMLTOPDF,
        *options.as_args(),
        "--title", f"Waiver - {doc.customer_name}",
        "--footer-right", f"Signed {doc.signed_on}",
        str(doc.html_path),
        str(target),
    ]
    completed = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"wkhtmltopdf failed for {doc.waiver_id}: {completed.stderr[-400:]}")
    return target


def render_batch(docs: List[WaiverDocument], out_dir: Path) -> List[Path]:
    return [render_pdf(d, out_dir) for d in docs]
