import os
import re
from pathlib import Path

import aiofiles
import aiofiles.os
from fastapi import APIRouter, Depends, HTTPException, Query
from flask import Blueprint, abort, request
from pydantic import BaseModel
from werkzeug.utils import secure_filename

from app.auth import current_account
from app.settings import INVOICE_ROOT, LEDGER_ROOT, SCAN_ROOT, SLIP_ROOT

bp = Blueprint("ledgers", __name__)
router = APIRouter()

PERIOD = re.compile(r"\d{4}-\d{2}")


# --- a value of the request handed to a method of a class of the module, under the method's own
# parameter name, which the method joins into a path and opens -----------------------------------


class LedgerArchive:
    def __init__(self, base_dir: str = LEDGER_ROOT):
        self.base_dir = base_dir

    def folder_for(self, account_ref: str) -> str:
        return os.path.join(self.base_dir, account_ref)

    def read(self, account_ref: str, month: str) -> bytes:
        # ruleid: path-traversal-user-filename
        with open(os.path.join(self.folder_for(account_ref), f"{month}.csv"), "rb") as fh:
            return fh.read()

    def read_checked(self, account_ref: str, quarter: str) -> bytes:
        # ok: path-traversal-user-filename
        with open(os.path.join(self.folder_for(account_ref), f"{quarter}.csv"), "rb") as fh:
            return fh.read()

    def read_day(self, account_ref: str, day_no: int) -> bytes:
        # ok: path-traversal-user-filename
        with open(os.path.join(self.folder_for(account_ref), f"{day_no}.csv"), "rb") as fh:
            return fh.read()


ledgers = LedgerArchive()


@bp.get("/ledgers/download")
def ledger_download():
    month = request.args.get("month", "")
    if not month:
        abort(400)
    return ledgers.read(current_account().ref, month)


@bp.get("/ledgers/quarter")
def ledger_quarter():
    quarter = request.args.get("quarter", "")
    if not PERIOD.fullmatch(quarter):
        abort(400)
    return ledgers.read_checked(current_account().ref, quarter)


@router.get("/ledgers/day/{day_no}")
async def ledger_day(day_no: int, account=Depends(current_account)):
    return ledgers.read_day(account.ref, day_no)


# --- the same from a parameter of a FastAPI route, opened through aiofiles -----------------------


class InvoiceStore:
    def __init__(self, root: str | Path = INVOICE_ROOT):
        self.root = Path(root)

    def _location(self, customer_ref: str, invoice: str) -> Path:
        return self.root / customer_ref / f"{invoice}.pdf"

    def _confined(self, customer_ref: str, credit_note: str) -> Path:
        folder = (self.root / customer_ref).resolve()
        target = (folder / f"{credit_note}.pdf").resolve()
        if not target.is_relative_to(folder):
            raise HTTPException(status_code=404)
        return target

    async def load(self, customer_ref: str, invoice: str) -> bytes:
        # ruleid: path-traversal-user-filename
        async with aiofiles.open(self._location(customer_ref, invoice), "rb") as fh:
            return await fh.read()

    async def load_credit_note(self, customer_ref: str, credit_note: str) -> bytes:
        # ok: path-traversal-user-filename
        async with aiofiles.open(self._confined(customer_ref, credit_note), "rb") as fh:
            return await fh.read()


invoices = InvoiceStore()


@router.get("/invoices/download")
async def invoice_download(invoice: str = Query(..., min_length=1), account=Depends(current_account)):
    return await invoices.load(account.ref, invoice)


@router.get("/invoices/credit-note")
async def credit_note_download(credit_note: str = Query(...), account=Depends(current_account)):
    return await invoices.load_credit_note(account.ref, credit_note)


# --- fields of a request body joined and deleted through aiofiles.os ------------------------------


class ScanDiscard(BaseModel):
    batch_no: str
    scan_name: str


@router.post("/scans/discard")
async def discard_scan(body: ScanDiscard, account=Depends(current_account)):
    target = os.path.join(SCAN_ROOT, account.ref, body.batch_no, body.scan_name)
    # ruleid: path-traversal-user-filename
    await aiofiles.os.remove(target)
    return {"deleted": body.scan_name}


@router.post("/scans/discard-flat")
async def discard_flat_scan(body: ScanDiscard, account=Depends(current_account)):
    target = os.path.join(SCAN_ROOT, account.ref, os.path.basename(body.scan_name))
    # ok: path-traversal-user-filename
    await aiofiles.os.remove(target)
    return {"deleted": body.scan_name}


# --- an upload's name cleaned by a helper of the module before anything else --------------------

ALLOWED_SLIPS = {"png", "jpg", "pdf"}


def _slip_name(original: str) -> str:
    cleaned = secure_filename(original)
    stem, _, ext = cleaned.rpartition(".")
    if not stem or ext.lower() not in ALLOWED_SLIPS:
        abort(400)
    return f"slip-{stem}.{ext.lower()}"


def _slip_label(original: str) -> str:
    cleaned = secure_filename(original)
    if not cleaned:
        abort(400)
    return original


@bp.post("/slips")
def upload_slip():
    upload = request.files["slip"]
    name = _slip_name(upload.filename)
    # ok: path-traversal-user-filename
    upload.save(os.path.join(SLIP_ROOT, name))
    return {"stored": name}


@bp.post("/slips/labelled")
def upload_labelled_slip():
    upload = request.files["slip"]
    name = _slip_label(upload.filename)
    # ruleid: path-traversal-user-filename
    upload.save(os.path.join(SLIP_ROOT, name))
    return {"stored": name}


# --- a resolver that has a checker of the module say whether the path stays in its root ----------

GUIDES_ROOT = os.path.realpath(SLIP_ROOT)


def _in_guides(path: str) -> bool:
    return os.path.commonpath([GUIDES_ROOT, path]) == GUIDES_ROOT


def _is_present(path: str) -> bool:
    return os.path.isfile(path)


def resolve_guide(relative: str) -> str:
    full = os.path.realpath(os.path.join(GUIDES_ROOT, relative))
    if not _in_guides(full) or not full.endswith(".pdf"):
        abort(404)
    return full


def locate_guide(relative: str) -> str:
    full = os.path.realpath(os.path.join(GUIDES_ROOT, relative))
    if not _is_present(full):
        abort(404)
    return full


@bp.get("/guides")
def guide_download():
    path = resolve_guide(request.args.get("name", ""))
    # ok: path-traversal-user-filename
    with open(path, "rb") as fh:
        return fh.read()


@bp.get("/guides/any")
def any_guide_download():
    path = locate_guide(request.args.get("name", ""))
    # ruleid: path-traversal-user-filename
    with open(path, "rb") as fh:
        return fh.read()
