"""Converts customer-uploaded gate sketches (DXF/SVG) into PDF shop drawings."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_ROOT = Path("/srv/forge/uploads")
OUTPUT_ROOT = Path("/srv/forge/drawings")


@dataclass
class RenderJob:
    source_name: str
    paper: str = "A3"
    dpi: int = 300
    command: str = field(init=False, default="")

    def prepare(self) -> None:
        src = UPLOAD_ROOT / Path(self.source_name).name
        out = OUTPUT_ROOT / (Path(self.source_name).stem + ".pdf")
        self.command = (
            f"inkscape --export-type=pdf --export-dpi={self.dpi} "
            f"--export-filename='{out}' '{src}'"
        )

    @property
    def output_path(self) -> Path:
        return OUTPUT_ROOT / (Path(self.source_name).stem + ".pdf")


class DrawingRenderer:
    def __init__(self, timeout: int = 120) -> None:
        self.timeout = timeout

    def render(self, job: RenderJob) -> Path:
        if not job.command:
            job.prepare()
        subprocess.run(job.command, shell=True, check=True, timeout=self.timeout)
        return job.output_path


renderer = DrawingRenderer()


@app.post("/drawings")
def upload_drawing():
    upload = request.files["sketch"]
    name = upload.filename or "sketch.svg"
    upload.save(UPLOAD_ROOT / Path(name).name)
    job = RenderJob(source_name=name, paper=request.form.get("paper", "A3"))
    pdf = renderer.render(job)
    return send_file(pdf, mimetype="application/pdf")
