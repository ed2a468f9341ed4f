"""Background job: render PNG previews for drawings uploaded to the vault.

Uses the ODA File Converter to normalise DWG to DXF, then ``dxf2png`` from
the yard's CAD tooling image. Triggered by the vault upload handler with
the original file name the engineer uploaded.
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from celery import shared_task

from vault.storage import incoming_dir, preview_dir

log = logging.getLogger(__name__)

ODA_BIN = "/opt/oda/ODAFileConverter"
DXF2PNG = "/opt/yardcad/bin/dxf2png"


def _convert_cmd(src_dir: Path, out_dir: Path, name: str) -> str:
    return (
        f'{ODA_BIN} "{src_dir}" "{out_dir}" ACAD2018 DXF 0 1 "{name}" && '
        f'{DXF2PNG} --width 1600 "{out_dir / Path(name).with_suffix(".dxf").name}"'
    )


@shared_task(bind=True, max_retries=2)
def render_preview(self, upload_id: str, original_name: str) -> str:
    src = incoming_dir(upload_id)
    out = preview_dir(upload_id)
    out.mkdir(parents=True, exist_ok=True)
    cmd = _convert_cmd(src, out, original_name)
    try:
        subprocess.run(cmd, shell=True, check=True, timeout=300, capture_output=True)
    except subprocess.CalledProcessError as exc:
        log.warning("preview failed for %s: %s", upload_id, exc.stderr[-500:])
        raise self.retry(exc=exc, countdown=60)
    png = out / Path(original_name).with_suffix(".png").name
    log.info("preview ready for %s at %s", upload_id, png)
    return str(png)
