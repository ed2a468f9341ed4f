"""Export a closed draw's records into a compressed archive for retention.

Called from the draw-operations admin API once a draw has been certified;
the label typed by the operator becomes part of the archive name.
"""
from __future__ import annotations

import functools
import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel

log = logging.getLogger("draw_ops.export")
app = FastAPI()

ARCHIVE_ROOT = Path(os.environ.get("DRAW_ARCHIVE_ROOT", "/srv/draw-archive"))
RECORDS_ROOT = Path(os.environ.get("DRAW_RECORDS_ROOT", "/srv/draw-records"))

_run = functools.partial(subprocess.run, shell=True, check=True, capture_output=True, text=True)


class ExportRequest(BaseModel):
    draw_id: int
    label: str
    include_footage: bool = False


@dataclass
class ArchivePlan:
    source: Path
    target: Path
    excludes: tuple[str, ...]

    def command(self) -> str:
        excluded = " ".join(f"--exclude='{pattern}'" for pattern in self.excludes)
        return f"tar -czf '{self.target}' {excluded} -C '{self.source.parent}' '{self.source.name}'"


def plan_for(req: ExportRequest) -> ArchivePlan:
    excludes = () if req.include_footage else ("*.mp4", "*.mov")
    target = ARCHIVE_ROOT / f"draw-{req.draw_id}-{req.label}.tar.gz"
    return ArchivePlan(RECORDS_ROOT / str(req.draw_id), target, excludes)


@app.post("/admin/draws/export")
def export_draw(req: ExportRequest) -> dict[str, str]:
    plan = plan_for(req)
    result = _run(plan.command())
    log.info("archived draw %s to %s", req.draw_id, plan.target)
    return {"archive": str(plan.target), "stderr": result.stderr}
