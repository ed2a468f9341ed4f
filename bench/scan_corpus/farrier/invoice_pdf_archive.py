"""Archive of issued invoice PDFs, downloadable by the bookkeeper."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_role
from .config import settings


@dataclass
class ArchivedInvoice:
    name: str
    size: int


class InvoiceArchive:
    """Invoices are stored as <year>/<number>.pdf under the archive root."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _resolve(self, name: str) -> Path:
        return self.root / name

    def listing(self, year: int) -> list[ArchivedInvoice]:
        folder = self.root / f"{year:04d}"
        if not folder.is_dir():
            return []
        return [
            ArchivedInvoice(name=f"{year:04d}/{p.name}", size=p.stat().st_size)
            for p in sorted(folder.glob("*.pdf"))
        ]

    def path_for(self, name: str) -> Path:
        path = self._resolve(name)
        if path.suffix.lower() != ".pdf" or not path.is_file():
            raise FileNotFoundError(name)
        return path


app = FastAPI(title="Invoice archive")


def get_archive() -> InvoiceArchive:
    return InvoiceArchive(settings.invoice_archive_dir)


@app.get("/archive/invoices", dependencies=[Depends(require_role("bookkeeper"))])
def list_invoices(year: int = Query(..., ge=2000, le=2100), archive: InvoiceArchive = Depends(get_archive)):
    return [item.__dict__ for item in archive.listing(year)]


@app.get("/archive/invoices/download", dependencies=[Depends(require_role("bookkeeper"))])
def download_invoice(name: str = Query(..., min_length=5), archive: InvoiceArchive = Depends(get_archive)):
    try:
        path = archive.path_for(name)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="invoice not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
