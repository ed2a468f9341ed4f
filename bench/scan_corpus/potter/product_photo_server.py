"""Serve full-resolution product photos for the online shop's zoom viewer."""
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from potter.config import settings

router = APIRouter(prefix="/media/products")

PHOTO_ROOT = Path(settings.PRODUCT_PHOTO_DIR).resolve()
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}


def resolve_photo(product_slug: str, filename: str) -> Path:
    candidate = (PHOTO_ROOT / product_slug / filename).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        raise HTTPException(status_code=404, detail="photo not found")
    if candidate.suffix.lower() not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    return candidate


@router.get("/{product_slug}/{filename}")
async def product_photo(product_slug: str, filename: str) -> FileResponse:
    path = resolve_photo(product_slug, filename)
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[path.suffix.lower()],
        headers={"Cache-Control": "public, max-age=86400"},
    )


@router.get("/{product_slug}")
async def list_photos(product_slug: str) -> dict:
    folder = (PHOTO_ROOT / product_slug).resolve()
    if not folder.is_relative_to(PHOTO_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404, detail="product not found")
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)
    return {"product": product_slug, "photos": names}
