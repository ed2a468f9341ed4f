"""Archive of scanned donation receipts and Gift Aid paperwork.

Shop managers upload scanned paper declarations; the admin team can list and
remove them once HMRC claims for the period are filed.
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Query, UploadFile
from pydantic import BaseModel

from .auth import require_admin, require_manager

app = FastAPI()


class ReceiptInfo(BaseModel):
    name: str
    size: int
    modified: datetime


class ReceiptArchive:
    def __init__(self, root: str) -> None:
        self.root = root
        os.makedirs(self.root, mode=0o750, exist_ok=True)

    def list(self) -> List[ReceiptInfo]:
        out = []
        for entry in os.scandir(self.root):
            if entry.is_file():
                st = entry.stat()
                out.append(
                    ReceiptInfo(
                        name=entry.name,
                        size=st.st_size,
                        modified=datetime.fromtimestamp(st.st_mtime, tz=timezone.utc),
                    )
                )
        return sorted(out, key=lambda r: r.modified)

    def store(self, shop_code: str, data: bytes) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        prefix = re.sub(r"[^A-Z0-9]", "", shop_code.upper())[:6] or "SHOP"
        name = f"{prefix}-{stamp}.pdf"
        with open(os.path.join(self.root, name), "xb") as fh:
            fh.write(data)
        return name

    def remove(self, name: str) -> None:
        os.remove(os.path.join(self.root, name))


archive = ReceiptArchive(os.environ.get("RECEIPT_ARCHIVE_DIR", "/srv/thriftstore/receipts"))


@app.get("/receipts", response_model=List[ReceiptInfo], dependencies=[Depends(require_admin)])
def list_receipts():
    return archive.list()


@app.post("/receipts", dependencies=[Depends(require_manager)])
async def upload_receipt(shop_code: str, scan: UploadFile):
    if scan.content_type != "application/pdf":
        raise HTTPException(status_code=415, detail="PDF only")
    name = archive.store(shop_code, await scan.read())
    return {"stored": name}


@app.delete("/receipts", status_code=204, dependencies=[Depends(require_admin)])
def delete_receipt(file: str = Query(..., min_length=1)):
    try:
        archive.remove(file)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such receipt")
