"""Trade customers download their invoice PDFs from the portal."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import TradeUser, current_trade_user

router = APIRouter(prefix="/portal/invoices", tags=["invoices"])

INVOICE_ROOT = Path(os.environ.get("INVOICE_ROOT", "/srv/copperbeater/invoices")).resolve()


def account_dir(account_number: str) -> Path:
    return INVOICE_ROOT / account_number


def resolve_invoice(account_number: str, name: str) -> Path:
    base = account_dir(account_number).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="invoice not found")
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise HTTPException(status_code=404, detail="invoice not found")
    return candidate


@router.get("")
def list_invoices(user: TradeUser = Depends(current_trade_user)):
    folder = account_dir(user.account_number)
    if not folder.is_dir():
        return {"invoices": []}
    files = sorted(
        (p for p in folder.iterdir() if p.suffix.lower() == ".pdf"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    return {"invoices": [{"name": p.name, "bytes": p.stat().st_size} for p in files]}


@router.get("/{name}")
def download_invoice(name: str, user: TradeUser = Depends(current_trade_user)):
    path = resolve_invoice(user.account_number, name)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
