"""Renders end-of-shift production reports to PDF for the mine manager's pack."""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path("/opt/saltmine/templates")
OUTPUT_DIR = Path("/srv/reports/shifts")


@dataclass
class ShiftSummary:
    shift_id: str
    supervisor: str
    tonnes_cut: float
    tonnes_hoisted: float
    incidents: int
    notes: str


class PdfRenderer:
    def __init__(self, binary: str = "wkhtmltopdf", page_size: str = "A4") -> None:
        self.binary = binary
        self.page_size = page_size
        self._env = Environment(loader=FileSystemLoader(TEMPLATES),
                                autoescape=select_autoescape(["html"]))

    def _argv(self, html_path: Path, pdf_path: Path, title: str) -> List[str]:
        return [self.binary, "--quiet", "--page-size", self.page_size,
                "--title", title, str(html_path), str(pdf_path)]

    def render(self, summary: ShiftSummary) -> Path:
        html = self._env.get_template("shift_report.html").render(s=summary)
        OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
        pdf_path = OUTPUT_DIR / f"shift_{summary.shift_id}.pdf"
        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=True) as tmp:
            tmp.write(html)
            tmp.flush()
            subprocess.run(self._argv(Path(tmp.name), pdf_path, f"Shift {summary.shift_id}"),
                           check=True, timeout=120, capture_output=True)
        return pdf_path


if __name__ == "__main__":
    s = ShiftSummary("2024-11-04-N", "R. Okafor", 2140.0, 2085.5, 0,
                     "Panel 14 roof bolting completed.")
    print(PdfRenderer().render(s))
