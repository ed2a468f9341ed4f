"""Turns uploaded e-bike battery diagnostic logs into PDF reports for the customer."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path
from typing import Any, Dict

from flask import Flask, request, send_file
from werkzeug.datastructures import FileStorage

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config.update(UPLOAD_DIR="/srv/bikerepair/diagnostics", REPORT_TOOL="/opt/bms-tools/bmsreport")


class ConverterSettings:
    run_opts: Dict[str, Any] = {"shell": True, "check": True, "timeout": 120}
    template = "{tool} --format pdf --title '{title}' --out {out} {src}"


class ReportConverter:
    def __init__(self, tool: str, settings: ConverterSettings | None = None) -> None:
        self.tool = tool
        self.settings = settings or ConverterSettings()

    def command_for(self, src: Path, out: Path, title: str) -> str:
        return self.settings.template.format(tool=self.tool, title=title, out=out, src=src)

    def convert(self, src: Path, title: str) -> Path:
        out = src.with_suffix(".pdf")
        cmd = self.command_for(src, out, title)
        log.info("converting battery log %s", src.name)
        subprocess.run(cmd, **self.settings.run_opts)
        return out


def _store(upload: FileStorage, job_card: str) -> Path:
    target_dir = Path(app.config["UPLOAD_DIR"]) / job_card
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / f"bms-{job_card}.csv"
    upload.save(path)
    return path


@app.post("/jobs/<job_card>/battery-report")
def battery_report(job_card: str):
    if not job_card.isalnum():
        return {"error": "unknown job card"}, 400
    src = _store(request.files["log"], job_card)
    title = request.form.get("title", f"Battery health - {job_card}")
    pdf = ReportConverter(app.config["REPORT_TOOL"]).convert(src, title)
    return send_file(pdf, mimetype="application/pdf")
