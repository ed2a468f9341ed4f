"""Document store for distributor-facing regulatory documents.

Distributors download IFUs, declarations of conformity and sterilization
certificates for the lots they purchased.
"""
import os

import aiofiles
from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import Response

from needlemaker.config import settings
from needlemaker.portal.deps import current_distributor

app = FastAPI()

CONTENT_TYPES = {".pdf": "application/pdf", ".xml": "application/xml"}


class DocumentLocator:
    def __init__(self, base: str):
        self.base = base

    def locate(self, category: str, document: str) -> str:
        folder = os.path.join(self.base, category)
        return os.path.join(folder, document)


LOCATOR = DocumentLocator(settings.DISTRIBUTOR_DOCS_ROOT)


async def read_document(path: str) -> bytes:
    async with aiofiles.open(path, "rb") as handle:
        return await handle.read()


@app.get("/documents/{category}/{document}")
async def download_document(category: str, document: str, distributor=Depends(current_distributor)):
    if category not in {"ifu", "doc", "sterility"}:
        raise HTTPException(status_code=404)
    path = LOCATOR.locate(category, document)
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in CONTENT_TYPES or not os.path.exists(path):
        raise HTTPException(status_code=404)
    data = await read_document(path)
    return Response(
        content=data,
        media_type=CONTENT_TYPES[suffix],
        headers={"Content-Disposition": f'attachment; filename="{os.path.basename(path)}"'},
    )
