"""Label print service for the bottling line tablets.

The tablet at each filler posts a job when a new lot starts; we render the
back label with the lot code and bottling date and send it to the line printer.
"""
from __future__ import annotations

import asyncio
import os
from datetime import date

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="bottling-labels")

TEMPLATE_DIR = os.environ.get("LABEL_TEMPLATE_DIR", "/opt/labels/templates")
OUTPUT_DIR = os.environ.get("LABEL_OUTPUT_DIR", "/var/spool/labels")


class PrintJob(BaseModel):
    line: int = Field(ge=1, le=4)
    lot_code: str
    sku: str
    copies: int = Field(default=1, ge=1, le=500)


def _render_command(job: PrintJob) -> str:
    template = os.path.join(TEMPLATE_DIR, f"back_label_line{job.line}.glabels")
    out_pdf = os.path.join(OUTPUT_DIR, f"line{job.line}_{date.today():%Y%m%d}.pdf")
    return (
        f"glabels-batch-qt --copies={job.copies} --output={out_pdf} "
        f"--define lot={job.lot_code} --define sku={job.sku} "
        f"--define bottled={date.today().isoformat()} {template}"
    )


@app.post("/print")
async def print_labels(job: PrintJob):
    proc = await asyncio.create_subprocess_shell(
        _render_command(job),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise HTTPException(500, detail=stderr.decode(errors="replace")[-500:])
    return {"status": "queued", "line": job.line, "copies": job.copies}
