"""Upload of customer print artwork for branded rope tags and reel labels.

Climbing shops that order own-brand reels send us their logo artwork; the
print room picks the files up from a per-order folder in the artwork spool.
"""
import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from ropewalk.portal.deps import current_account
from ropewalk.portal.orders import find_order

router = APIRouter(prefix="/portal/artwork")

SPOOL_DIR = Path("/srv/print-room/spool")
ALLOWED_TYPES = {"image/png", "image/svg+xml", "application/pdf", "application/postscript"}


def job_folder(order_no: str) -> Path:
    folder = SPOOL_DIR / order_no
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{order_no}")
async def upload_artwork(
    order_no: str,
    artwork: UploadFile = File(...),
    notes: str = Form(""),
    account=Depends(current_account),
):
    order = await find_order(account.id, order_no)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    if artwork.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported artwork format")
    destination = job_folder(order.order_no) / artwork.filename
    with destination.open("wb") as out:
        shutil.copyfileobj(artwork.file, out)
    if notes:
        (job_folder(order.order_no) / "notes.txt").write_text(notes, encoding="utf-8")
    return {"stored": destination.name, "order_no": order.order_no}
