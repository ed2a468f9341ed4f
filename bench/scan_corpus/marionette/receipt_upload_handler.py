"""Upload endpoint for receipts that touring crew photograph on the road."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import current_crew_member
from .expenses import record_expense

router = APIRouter(prefix="/expenses")

RECEIPTS_ROOT = Path("/var/lib/marionette/receipts")
TOUR_CODE = re.compile(r"^[A-Z0-9]{2,12}(-[A-Z0-9]{2,12})?$")
MAX_BYTES = 8 * 1024 * 1024
CHUNK = 64 * 1024


@router.post("/{tour_code}/receipts")
async def upload_receipt(
    tour_code: str,
    amount_cents: int = Form(...),
    category: str = Form(...),
    receipt: UploadFile = File(...),
    crew=Depends(current_crew_member),
) -> dict:
    if not TOUR_CODE.fullmatch(tour_code):
        raise HTTPException(status_code=400, detail="bad tour code")
    if amount_cents <= 0:
        raise HTTPException(status_code=400, detail="amount must be positive")

    folder = RECEIPTS_ROOT / tour_code / date.today().isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / receipt.filename

    written = 0
    with destination.open("wb") as out:
        while chunk := await receipt.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                out.close()
                destination.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="receipt too large")
            out.write(chunk)

    expense_id = record_expense(
        tour_code=tour_code,
        crew_id=crew.id,
        category=category,
        amount_cents=amount_cents,
        receipt_path=str(destination),
    )
    return {"expense_id": expense_id, "stored_as": destination.name}
