"""Exports GC-MS chromatogram runs from the QC lab instrument share to PDF."""
from __future__ import annotations

import asyncio
import logging
import os
import uuid
from pathlib import Path

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/qc/gcms")
log = logging.getLogger("qc.gcms")

EXPORT_ROOT = Path(os.environ.get("GCMS_EXPORT_ROOT", "/srv/qc/exports"))
CONVERTER = os.environ.get("GCMS_CONVERTER", "/opt/chemstation/bin/dx2pdf")


class ExportRequest(BaseModel):
    run_id: str
    batch_number: str
    overlay_reference: bool = False


def _command_line(req: ExportRequest, target: Path) -> str:
    flags = "--overlay ref" if req.overlay_reference else ""
    return (
        f"{CONVERTER} --run {req.run_id} "
        f"--title 'Batch {req.batch_number}' {flags} -o {target}"
    )


async def _run(cmd: str, timeout: float = 120.0) -> tuple[int, bytes]:
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except asyncio.TimeoutError:
        proc.kill()
        raise
    return proc.returncode, out


@router.post("/exports")
async def export_run(req: ExportRequest) -> dict:
    target = EXPORT_ROOT / f"{uuid.uuid4().hex}.pdf"
    code, output = await _run(_command_line(req, target))
    if code != 0:
        log.error("dx2pdf failed for run %s: %s", req.run_id, output[-500:])
        raise HTTPException(status_code=502, detail="export failed")
    return {"export_id": target.stem, "batch_number": req.batch_number}
