"""Renders tour posters from the design template with the show title and dates."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from pydantic import BaseModel

app = FastAPI(title="Poster renderer")


class PosterRequest(BaseModel):
    show_title: str
    venue: str
    dates: str


class PosterRenderer:
    template = Path("/srv/design/poster_template.svg")
    output_dir = Path("/srv/design/out")
    run_opts = {"shell": True, "check": True, "timeout": 120}

    def _command(self, req: PosterRequest, target: Path) -> str:
        return (
            f"rsvg-convert --format=pdf {self.template} "
            f"| pdf-stamp --title \"{req.show_title}\" --venue \"{req.venue}\" "
            f"--dates \"{req.dates}\" --out {target}"
        )

    def _target(self, req: PosterRequest) -> Path:
        slug = re.sub(r"[^a-z0-9]+", "-", req.show_title.lower()).strip("-")[:40] or "poster"
        return self.output_dir / f"{slug}.pdf"

    def render(self, req: PosterRequest) -> Path:
        target = self._target(req)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(self._command(req, target), **self.run_opts)
        return target


renderer = PosterRenderer()


@app.post("/posters")
def create_poster(req: PosterRequest) -> FileResponse:
    path = renderer.render(req)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
