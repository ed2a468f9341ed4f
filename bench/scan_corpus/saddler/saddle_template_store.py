"""Storage for saddle tree templates uploaded by stockists.

Stockists with their own fitters upload wither templates and tree
profile tracings (scanned as SVG or PDF) so the workshop can cut a
bespoke tree to match. Files are kept per stockist under the shared
templates volume.
"""
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from portal.auth import StockistPrincipal, current_stockist

log = logging.getLogger(__name__)
router = APIRouter(prefix="/templates")

ALLOWED_SUFFIXES = (".svg", ".pdf", ".png", ".jpg")
MAX_BYTES = 8 * 1024 * 1024


@dataclass
class TemplateSettings:
    root: str = os.environ.get("TEMPLATE_ROOT", "/srv/saddler/templates")


settings = TemplateSettings()


def _destination(shop_code: str, horse_ref: str, filename: str) -> str:
    folder = os.path.join(settings.root, shop_code.lower(), horse_ref)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, filename)


@router.post("/upload")
async def upload_template(
    horse_ref: str = Form(..., pattern=r"^[A-Za-z0-9-]{3,20}$"),
    tracing: UploadFile = File(...),
    stockist: StockistPrincipal = Depends(current_stockist),
):
    name = tracing.filename or ""
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise HTTPException(status_code=415, detail="unsupported template format")
    data = await tracing.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="template too large")

    target = _destination(stockist.shop_code, horse_ref, name)
    with open(target, "wb") as fh:
        fh.write(data)
    log.info("Stored template %s for %s/%s", name, stockist.shop_code, horse_ref)
    return {
        "stored": name,
        "horse_ref": horse_ref,
        "received_at": datetime.now(timezone.utc).isoformat(),
    }
