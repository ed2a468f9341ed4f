"""Render PNG thumbnails for drawings uploaded to the CAD vault.

Runs the ODA File Converter to normalise DWG to DXF and then ``dxf2png``.
File names come from the uploader, so they are only ever passed as single
argv entries and the working files use the upload id.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from celery import shared_task

from vault.storage import incoming_dir, preview_dir

log = logging.getLogger(__name__)

ODA_BIN = "/opt/oda/ODAFileConverter"
DXF2PNG = "/opt/yardcad/bin/dxf2png"


def _run(argv: list[str]) -> None:
    subprocess.run(argv, check=True, timeout=300, capture_output=True)


@shared_task(bind=True, max_retries=2)
def render_thumbnail(self, upload_id: str, original_name: str) -> str:
    src_dir, out_dir = incoming_dir(upload_id), preview_dir(upload_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = Path(original_name).suffix.lower()
    if suffix not in {".dwg", ".dxf"}:
        raise ValueError(f"unsupported drawing type {suffix!r}")

    work = src_dir / f"{upload_id}{suffix}"
    if not work.exists():
        shutil.copyfile(src_dir / "original", work)
    try:
        if suffix == ".dwg":
            _run([ODA_BIN, str(src_dir), str(out_dir), "ACAD2018", "DXF", "0", "1", work.name])
            dxf = out_dir / f"{upload_id}.dxf"
        else:
            dxf = work
        _run([DXF2PNG, "--width", "1600", "--output", str(out_dir / f"{upload_id}.png"), "--", str(dxf)])
    except subprocess.CalledProcessError as exc:
        log.warning("thumbnail failed for %s: %s", upload_id, exc.stderr[-500:])
        raise self.retry(exc=exc, countdown=60)
    return str(out_dir / f"{upload_id}.png")
