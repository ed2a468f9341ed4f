"""Serves printable gift-voucher PDFs to customers from the voucher archive."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="Voucher downloads")


class VoucherStorage:
    """Locates rendered voucher PDFs on the shared volume."""

    def __init__(self, root: str | None = None) -> None:
        self.root = Path(root or os.environ.get("VOUCHER_PDF_DIR", "/srv/balloonops/vouchers"))

    def path_for(self, filename: str) -> Path:
        return self.root / filename

    def exists(self, filename: str) -> bool:
        return self.path_for(filename).is_file()


class VoucherDownloadService:
    media_type = "application/pdf"

    def __init__(self, storage: VoucherStorage) -> None:
        self.storage = storage

    def response_for(self, filename: str) -> FileResponse:
        if not self.storage.exists(filename):
            raise HTTPException(status_code=404, detail="voucher not found")
        return FileResponse(
            self.storage.path_for(filename),
            media_type=self.media_type,
            filename=Path(filename).name,
        )


service = VoucherDownloadService(VoucherStorage())


@app.get("/vouchers/download")
def download_voucher(file: str) -> FileResponse:
    return service.response_for(file)
