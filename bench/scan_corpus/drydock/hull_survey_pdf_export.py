"""Renders hull survey reports to PDF for the owner's superintendent."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class ExportJob:
    survey_id: str
    vessel_name: str
    html_path: Path
    out_dir: Path


class SurveyPdfExporter:
    renderer = "wkhtmltopdf"
    page_opts = "--page-size A4 --margin-top 12mm --margin-bottom 12mm"

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    def _title(self, job: ExportJob) -> str:
        return f"Hull survey {job.survey_id} - {job.vessel_name}"

    def _command(self, job: ExportJob) -> str:
        target = job.out_dir / f"{job.survey_id}.pdf"
        return f'{self.renderer} {self.page_opts} --title "{self._title(job)}" {job.html_path} {target}'

    def export(self, job: ExportJob) -> Path:
        subprocess.run(self._command(job), shell=True, check=True, timeout=120)
        return job.out_dir / f"{job.survey_id}.pdf"


exporter = SurveyPdfExporter(Path("/srv/drydock/exports"))


@app.post("/surveys/<survey_id>/pdf")
def export_survey(survey_id: str):
    payload = request.get_json(force=True)
    job = ExportJob(
        survey_id=survey_id,
        vessel_name=payload["vessel_name"],
        html_path=Path("/srv/drydock/surveys") / f"{int(survey_id)}.html",
        out_dir=exporter.out_dir,
    )
    return jsonify({"pdf": str(exporter.export(job))})
