"""Product specification sheets for wholesale customers."""
import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_customer

router = APIRouter(prefix="/specs", tags=["products"])

SPEC_ROOT = Path(os.environ.get("SPEC_SHEET_ROOT", "/srv/bakery/spec-sheets"))


def resolve_sheet(product_code: str, document: str) -> Path:
    return SPEC_ROOT / product_code.upper() / document


@router.get("/{product_code}")
def download_sheet(
    product_code: str,
    document: str = Query("spec.pdf", description="e.g. spec.pdf, allergens.pdf, nutrition.pdf"),
    customer=Depends(current_customer),
):
    path = resolve_sheet(product_code, document)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=path.name)
