"""Download of scanned Gift Aid paperwork for the HMRC claims team."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_admin

app = FastAPI()


class ReceiptFolder:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def locate(self, name: str) -> Path:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(name)
        if not candidate.is_file():
            raise FileNotFoundError(name)
        return candidate

    def remove(self, name: str) -> None:
        self.locate(name).unlink()


receipts = ReceiptFolder(os.environ.get("RECEIPT_ARCHIVE_DIR", "/srv/thriftstore/receipts"))


@app.get("/receipts/download", dependencies=[Depends(require_admin)])
def download_receipt(file: str = Query(..., min_length=1, max_length=200)):
    try:
        path = receipts.locate(file)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid file name")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such receipt")
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@app.delete("/receipts", status_code=204, dependencies=[Depends(require_admin)])
def delete_receipt(file: str = Query(..., min_length=1, max_length=200)):
    try:
        receipts.remove(file)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid file name")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such receipt")
