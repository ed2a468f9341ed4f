"""Serving product photographs for the skep and hive-equipment shop."""
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from skepmaker.config import settings

IMAGE_ROOT = Path(settings.PRODUCT_IMAGE_ROOT).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}

app = FastAPI()


def resolve_image(sku: str, image_name: str) -> Path:
    candidate = (IMAGE_ROOT / sku / image_name).resolve()
    if not candidate.is_relative_to(IMAGE_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=404)
    return candidate


@app.get("/shop/products/{sku}/images")
async def product_images(sku: str):
    folder = (IMAGE_ROOT / sku).resolve()
    if not folder.is_relative_to(IMAGE_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    return {
        "images": sorted(
            p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES
        )
    }


@app.get("/shop/products/{sku}/images/{image_name}")
async def product_image(sku: str, image_name: str):
    path = resolve_image(sku, image_name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})
