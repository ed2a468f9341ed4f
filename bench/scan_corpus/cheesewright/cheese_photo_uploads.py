"""Photo uploads of wheels during ripening, attached to batch records."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import aiofiles
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from cheesewright.settings import PHOTO_ROOT

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/webp"}
MAX_BYTES = 12 * 1024 * 1024


class PhotoStore:
    def __init__(self, root: str = PHOTO_ROOT):
        self.root = root

    def destination(self, batch_code: str, original_name: str) -> str:
        folder = os.path.join(self.root, batch_code.upper())
        os.makedirs(folder, exist_ok=True)
        return os.path.join(folder, original_name)

    async def save(self, batch_code: str, original_name: str, data: bytes) -> str:
        path = self.destination(batch_code, original_name)
        async with aiofiles.open(path, "wb") as handle:
            await handle.write(data)
        return path


async def upload_photo(request: Request) -> JSONResponse:
    form = await request.form()
    upload = form["photo"]
    batch_code = request.path_params["batch_code"]
    if upload.content_type not in ALLOWED_TYPES:
        return JSONResponse({"error": "unsupported image type"}, status_code=415)
    data = await upload.read()
    if len(data) > MAX_BYTES:
        return JSONResponse({"error": "image too large"}, status_code=413)
    stored = await PhotoStore().save(batch_code, upload.filename, data)
    return JSONResponse(
        {"stored": os.path.basename(stored), "uploaded_at": datetime.now(timezone.utc).isoformat()},
        status_code=201,
    )


app = Starlette(routes=[Route("/batches/{batch_code}/photos", upload_photo, methods=["POST"])])
