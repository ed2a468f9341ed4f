"""Product image uploads for the retail web shop admin.

Shop staff upload photographs of salt jars, gift boxes and smoked salt tins;
images are stored under the media root, grouped by product SKU, and served
by the CDN origin.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from saltboiler.auth import require_shop_admin
from saltboiler.config import settings
from saltboiler.shop.catalogue import add_product_image, get_product

router = APIRouter(prefix="/admin/products", dependencies=[Depends(require_shop_admin)])

MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "products"
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/webp"}
MAX_BYTES = 8 * 1024 * 1024
CHUNK = 64 * 1024


async def store_upload(sku: str, upload: UploadFile) -> Path:
    folder = MEDIA_ROOT / sku
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / upload.filename
    written = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(413, "image too large")
            await out.write(chunk)
    return target


@router.post("/{product_id}/images", status_code=201)
async def upload_image(product_id: int, image: UploadFile = File(...)):
    product = await get_product(product_id)
    if product is None:
        raise HTTPException(404)
    if image.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "unsupported image type")
    stored = await store_upload(product.sku, image)
    await add_product_image(product_id, stored.relative_to(MEDIA_ROOT).as_posix())
    return {"path": stored.relative_to(MEDIA_ROOT).as_posix()}
