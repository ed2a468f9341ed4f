"""Clinicians download their own payslip PDFs from the locum app.

Payslips are written by the payroll job as ``<root>/<clinician_id>/<period>.pdf``.
The app passes the file name it got from the listing endpoint back to us.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

PAYSLIP_ROOT = Path(os.environ.get("PAYSLIP_ROOT", "/srv/payroll/payslips")).resolve()

app = FastAPI(title="Locum payslips")


def current_clinician_id() -> int:
    from locumapp.auth import require_clinician

    return require_clinician().id


def clinician_dir(clinician_id: int) -> Path:
    return PAYSLIP_ROOT / str(clinician_id)


def resolve_payslip(clinician_id: int, name: str) -> Path:
    base = clinician_dir(clinician_id).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix != ".pdf":
        raise HTTPException(status_code=404, detail="payslip not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="payslip not found")
    return candidate


@app.get("/me/payslips")
def list_payslips(clinician_id: int = Depends(current_clinician_id)) -> list[dict]:
    folder = clinician_dir(clinician_id)
    if not folder.is_dir():
        return []
    return [
        {"name": p.name, "period": p.stem, "size": p.stat().st_size}
        for p in sorted(folder.glob("*.pdf"), reverse=True)
    ]


@app.get("/me/payslips/download")
def download_payslip(
    name: str = Query(..., max_length=64),
    clinician_id: int = Depends(current_clinician_id),
) -> FileResponse:
    path = resolve_payslip(clinician_id, name)
    return FileResponse(path, media_type="application/pdf", filename=f"payslip-{path.stem}.pdf")
