"""Generate discharge summaries (post-surgery instructions) as PDFs for owners."""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape


@dataclass
class DischargePdfSettings:
    template_dir: Path
    wkhtmltopdf: str = "/usr/local/bin/wkhtmltopdf"
    timeout: int = 60


class DischargeSummaryRenderer:
    def __init__(self, settings: DischargePdfSettings):
        self.settings = settings
        self._env = Environment(
            loader=FileSystemLoader(str(settings.template_dir)),
            autoescape=select_autoescape(["html", "xml"]),
        )

    def _html(self, visit) -> str:
        template = self._env.get_template("discharge.html")
        return template.render(visit=visit, patient=visit.patient, meds=visit.medications)

    def render(self, visit) -> bytes:
        with tempfile.TemporaryDirectory(prefix="discharge-") as tmp:
            workdir = Path(tmp)
            html_file = workdir / "summary.html"
            pdf_file = workdir / "summary.pdf"
            html_file.write_text(self._html(visit), encoding="utf-8")
            subprocess.run(
                [self.settings.wkhtmltopdf, "--quiet", str(html_file), str(pdf_file)],
                check=True,
                timeout=self.settings.timeout,
            )
            return pdf_file.read_bytes()
