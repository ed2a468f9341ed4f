"""Archived invoice PDFs for bespoke orders and repairs (accounts team only)."""
import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.security import HTTPBearer

from .auth import require_role

ARCHIVE_DIR = Path(os.environ.get("INVOICE_ARCHIVE_DIR", "/srv/cordwainer/invoices"))

app = FastAPI(title="Invoice archive")
bearer = HTTPBearer()


def accounts_user(creds=Depends(bearer)):
    return require_role(creds.credentials, "accounts")


@app.get("/invoices")
def list_invoices(year: int, user=Depends(accounts_user)):
    folder = ARCHIVE_DIR / str(year)
    if not folder.is_dir():
        return {"year": year, "invoices": []}
    return {
        "year": year,
        "invoices": sorted(p.name for p in folder.glob("*.pdf")),
    }


@app.get("/invoices/{year}/{filename}")
def get_invoice(year: int, filename: str, user=Depends(accounts_user)):
    if not filename.endswith(".pdf") or "/" in filename:
        raise HTTPException(status_code=400, detail="invalid file name")
    path = ARCHIVE_DIR / str(year) / filename
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=filename)


@app.delete("/invoices/{year}/{filename:path}", status_code=204)
def delete_invoice(year: int, filename: str, user=Depends(accounts_user)):
    path = ARCHIVE_DIR / str(year) / filename
    if not path.exists():
        raise HTTPException(status_code=404)
    path.unlink()
