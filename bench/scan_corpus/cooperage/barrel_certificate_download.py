"""Serves oak-origin and toast certificates that distilleries download per barrel lot."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings


class CertificateSettings(BaseSettings):
    certificate_root: Path = Path("/srv/cooperage/certificates")
    media_type: str = "application/pdf"


@lru_cache
def get_settings() -> CertificateSettings:
    return CertificateSettings()


class CertificateLibrary:
    """Resolves certificate documents stored under one folder per customer account."""

    def __init__(self, settings: CertificateSettings) -> None:
        self.root = settings.certificate_root
        self.media_type = settings.media_type

    def customer_folder(self, customer_id: str) -> Path:
        if not customer_id.isalnum():
            raise HTTPException(status_code=400, detail="unknown customer id")
        return self.root / customer_id

    def locate(self, customer_id: str, document: str) -> Path:
        return self.customer_folder(customer_id) / document


app = FastAPI(title="Certificate downloads")


def get_library(settings: CertificateSettings = Depends(get_settings)) -> CertificateLibrary:
    return CertificateLibrary(settings)


@app.get("/customers/{customer_id}/certificates")
def download_certificate(
    customer_id: str,
    document: str = Query(..., min_length=3, max_length=200),
    library: CertificateLibrary = Depends(get_library),
) -> FileResponse:
    path = library.locate(customer_id, document)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="certificate not found")
    return FileResponse(path, media_type=library.media_type, filename=path.name)
