"""Render parcel labels (household size, dietary flags) to PDF for packing.

Labels are laid out as HTML and converted with wkhtmltopdf; the packing team
prints them on the thermal printer at each packing bench.
"""
from __future__ import annotations

import html
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

RENDERER = "wkhtmltopdf"
PAGE_OPTS = ["--page-width", "100mm", "--page-height", "150mm", "--quiet"]


@dataclass
class ParcelLabel:
    voucher_code: str
    household_size: int
    centre: str
    dietary: list[str] = field(default_factory=list)


def _label_html(label: ParcelLabel) -> str:
    flags = ", ".join(html.escape(d) for d in label.dietary) or "none"
    return (
        "<html><body style='font-family:sans-serif'>"
        f"<h1>{html.escape(label.voucher_code)}</h1>"
        f"<p>Household of {int(label.household_size)}</p>"
        f"<p>Centre: {html.escape(label.centre)}</p>"
        f"<p>Dietary: {flags}</p></body></html>"
    )


def render_label(label: ParcelLabel, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"label_{label.voucher_code.replace('/', '_')}.pdf"
    with tempfile.TemporaryDirectory(prefix="labels-") as work:
        src = Path(work) / "label.html"
        src.write_text(_label_html(label), encoding="utf-8")
        cmd = [RENDERER, *PAGE_OPTS, "--title", label.voucher_code, str(src), str(target)]
        subprocess.run(cmd, check=True, timeout=60, capture_output=True)
    return target


def render_batch(labels: list[ParcelLabel], out_dir: Path) -> list[Path]:
    return [render_label(label, out_dir) for label in labels]
