"""Archiving of lab result files for pool water samples.

The external lab uploads result files through the partner portal; the archiver
compresses each file into the monthly archive folder required by the health
authority.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flask import Flask, jsonify, request

log = logging.getLogger("quality.archive")
app = Flask(__name__)

RUN_OPTS = {"shell": True, "check": True, "capture_output": True, "timeout": 120}


@dataclass
class ArchiveLayout:
    inbox: Path = Path("/srv/quality/inbox")
    archive_root: Path = Path("/srv/quality/archive")

    def month_dir(self, day: date) -> Path:
        return self.archive_root / f"{day.year:04d}-{day.month:02d}"


def _compress_command(source: str, target_dir: Path) -> str:
    return f"gzip -9 -c {source} > {target_dir}/{Path(source).name}.gz"


class SampleArchiver:
    def __init__(self, layout: ArchiveLayout | None = None, **run_opts) -> None:
        self.layout = layout or ArchiveLayout()
        self.run_opts = {**RUN_OPTS, **run_opts}

    def archive(self, filename: str, day: date) -> Path:
        target_dir = self.layout.month_dir(day)
        target_dir.mkdir(parents=True, exist_ok=True)
        source = f"{self.layout.inbox}/{filename}"
        subprocess.run(_compress_command(source, target_dir), **self.run_opts)
        log.info("archived lab file %s into %s", filename, target_dir)
        return target_dir / f"{Path(filename).name}.gz"


archiver = SampleArchiver()


@app.post("/lab/results/archive")
def archive_result():
    payload = request.get_json(force=True)
    day = date.fromisoformat(payload["sample_date"])
    path = archiver.archive(payload["filename"], day)
    return jsonify(archived=str(path))
