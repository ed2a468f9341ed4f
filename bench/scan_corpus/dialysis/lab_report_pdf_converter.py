"""Converts monthly lab summaries to PDF for the patient letter pack.

The renal dietitian enters a letter title in the clinic portal; the
HTML summary is rendered and handed to wkhtmltopdf to produce the PDF
that is posted or emailed to the patient.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ConverterSettings:
    binary: str = "/usr/local/bin/wkhtmltopdf"
    page_size: str = "A4"
    output_dir: Path = Path("/srv/letters/out")
    run_opts: dict = field(
        default_factory=lambda: {"shell": True, "check": True, "timeout": 90}
    )


@dataclass
class LetterRequest:
    patient_mrn: str
    month: str
    title: str
    html_path: Path


class LabLetterConverter:
    def __init__(self, settings: ConverterSettings | None = None) -> None:
        self.settings = settings or ConverterSettings()

    def _target(self, req: LetterRequest) -> Path:
        return self.settings.output_dir / f"{req.patient_mrn}-{req.month}.pdf"

    def _command(self, req: LetterRequest) -> str:
        return (
            f"{self.settings.binary} --quiet --page-size {self.settings.page_size} "
            f"--title \"{req.title}\" {req.html_path} {self._target(req)}"
        )

    def convert(self, req: LetterRequest) -> Path:
        target = self._target(req)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(self._command(req), **self.settings.run_opts)
        return target


def handle_portal_submission(form: dict[str, str], html_path: Path) -> Path:
    req = LetterRequest(
        patient_mrn=form["mrn"],
        month=form["month"],
        title=form.get("title", "Your monthly blood results"),
        html_path=html_path,
    )
    return LabLetterConverter().convert(req)
