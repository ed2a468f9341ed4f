"""Print shipping labels for outgoing pallets on the dispatch dock printers."""
import asyncio
import logging
from pathlib import Path

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from .labels import render_pallet_label

log = logging.getLogger(__name__)
router = APIRouter(prefix="/dispatch")

LABEL_MEDIA = "Custom.100x150mm"


class LabelJob(BaseModel):
    pallet_id: int
    printer: str = Field(default="dock1_zebra")
    copies: int = Field(default=1, ge=1, le=10)


async def _lp(pdf: Path, printer: str, copies: int) -> str:
    cmd = f"lp -d {printer} -n {copies} -o media={LABEL_MEDIA} {pdf}"
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode(errors="replace").strip())
    return out.decode().strip()


@router.post("/labels")
async def print_label(job: LabelJob):
    pdf: Path = await render_pallet_label(job.pallet_id)
    try:
        request_id = await _lp(pdf, job.printer, job.copies)
    except RuntimeError as exc:
        log.warning("label print failed for pallet %s: %s", job.pallet_id, exc)
        raise HTTPException(status_code=502, detail="printer rejected the job")
    finally:
        pdf.unlink(missing_ok=True)
    return {"pallet_id": job.pallet_id, "cups_job": request_id}
