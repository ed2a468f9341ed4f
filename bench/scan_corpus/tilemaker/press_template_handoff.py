"""Hands approved designs to the brass-template render worker.

The render worker runs as its own service account on the studio server and
picks up approved designs from a shared spool directory to produce the
cutting files for the brass pattern templates used in the tile press.
"""
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tilemaker.settings import RENDER_SPOOL_DIR


@dataclass(frozen=True)
class SpoolSettings:
    root: Path = field(default_factory=lambda: Path(RENDER_SPOOL_DIR))
    file_mode: int = 0o666
    dir_mode: int = 0o2770


SPOOL = SpoolSettings()


def _job_dir(design_id: int, spool: SpoolSettings = SPOOL) -> Path:
    job = spool.root / f"design-{design_id}"
    job.mkdir(mode=spool.dir_mode, exist_ok=True)
    return job


def hand_off(design, spool: SpoolSettings = SPOOL) -> Path:
    job = _job_dir(design.id, spool)
    artwork = job / "artwork.svg"
    shutil.copyfile(design.stored_path, artwork)
    manifest = job / "manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "design_id": design.id,
                "commission": design.commission_reference,
                "tile_size_mm": design.tile_size_mm,
                "colours": design.colour_codes,
            }
        )
    )
    for path in (artwork, manifest):
        os.chmod(path, spool.file_mode)
    (job / "READY").touch()
    return job
