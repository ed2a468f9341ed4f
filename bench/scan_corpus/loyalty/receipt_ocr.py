"""Receipt OCR for the "scan a receipt, earn points" feature.

Members photograph a paper receipt from a partner store; we OCR it and try
to pull out the store number and total so points can be awarded.
"""
import asyncio
import os
import re
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile

from loyalty.api.deps import current_member

router = APIRouter()
WORK_DIR = Path(os.environ.get("RECEIPT_WORK_DIR", "/var/lib/loyalty/receipts"))
TOTAL_RE = re.compile(r"TOTAL\s+([0-9]+[.,][0-9]{2})", re.IGNORECASE)
STORE_RE = re.compile(r"STORE\s*#?\s*(\d{3,6})", re.IGNORECASE)


async def run_ocr(image: bytes, lang: str) -> str:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    src = WORK_DIR / f"{uuid.uuid4().hex}.jpg"
    src.write_bytes(image)
    try:
        proc = await asyncio.create_subprocess_shell(
            f"tesseract {src} stdout -l {lang} --psm 6",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    finally:
        src.unlink(missing_ok=True)
    if proc.returncode != 0:
        raise HTTPException(422, "could not read receipt")
    return out.decode(errors="replace")


@router.post("/receipts/scan")
async def scan_receipt(
    photo: UploadFile = File(...),
    lang: str = Query("eng"),
    member=Depends(current_member),
):
    text = await run_ocr(await photo.read(), lang)
    total = TOTAL_RE.search(text)
    store = STORE_RE.search(text)
    return {
        "member_id": member.id,
        "store": store.group(1) if store else None,
        "total": total.group(1).replace(",", ".") if total else None,
    }
