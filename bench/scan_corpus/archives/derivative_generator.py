"""Generate access derivatives (JPEG and thumbnails) from TIFF masters.

Called by the digitisation workflow once a batch has passed QA. Masters keep
the filename given by the vendor, e.g. ``RG12_0341_f003r.tif``.
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("workflow.derivatives")

MAGICK = os.environ.get("MAGICK_BIN", "magick")


@dataclass(frozen=True)
class DerivativeSpec:
    suffix: str
    max_edge: int
    quality: int


SPECS = (
    DerivativeSpec("access", 3000, 88),
    DerivativeSpec("thumb", 300, 75),
)


def derivative_path(master: Path, out_root: Path, spec: DerivativeSpec) -> Path:
    return out_root / spec.suffix / f"{master.stem}.jpg"


def render(master: Path, target: Path, spec: DerivativeSpec) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = (
        f'{MAGICK} "{master}" -resize {spec.max_edge}x{spec.max_edge}\\> '
        f'-quality {spec.quality} -strip "{target}"'
    )
    subprocess.run(cmd, shell=True, check=True, timeout=600)


def process_batch(batch_dir: Path, out_root: Path) -> int:
    count = 0
    for master in sorted(batch_dir.glob("*.tif")):
        for spec in SPECS:
            target = derivative_path(master, out_root, spec)
            if target.exists() and target.stat().st_mtime >= master.stat().st_mtime:
                continue
            render(master, target, spec)
        count += 1
    log.info("rendered derivatives for %d masters in %s", count, batch_dir.name)
    return count
