"""Public JSON API behind the OPAC single-page app."""
import os
from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .auth import current_patron
from .db import get_db
from .repo import bibs, holds, loans

app = FastAPI(title="OPAC API", version="3.4.0", docs_url=None if os.environ.get("APP_ENV") == "production" else "/docs")
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["GET", "POST", "DELETE"], allow_headers=["*"])


class HoldRequest(BaseModel):
    bib_id: int
    pickup_branch: str


class LoanOut(BaseModel):
    item_barcode: str
    title: str
    due: date
    renewals_left: int


@app.get("/api/bibs/{bib_id}")
def get_bib(bib_id: int, db=Depends(get_db)):
    record = bibs.get(db, bib_id)
    if record is None or record.suppressed:
        raise HTTPException(status_code=404)
    return record.as_dict()


@app.get("/api/search")
def search(q: str = Query(min_length=1, max_length=200), page: int = 1, db=Depends(get_db)):
    return bibs.search(db, q, page=page)


@app.get("/api/me/loans", response_model=list[LoanOut])
def my_loans(patron=Depends(current_patron), db=Depends(get_db)):
    return loans.for_patron(db, patron.id)


@app.post("/api/me/holds", status_code=201)
def place_hold(req: HoldRequest, patron=Depends(current_patron), db=Depends(get_db)):
    if not patron.in_good_standing:
        raise HTTPException(status_code=403, detail="account blocked")
    return holds.place(db, patron.id, req.bib_id, req.pickup_branch).as_dict()


@app.delete("/api/me/holds/{hold_id}", status_code=204)
def cancel_hold(hold_id: int, patron=Depends(current_patron), db=Depends(get_db)):
    if not holds.cancel(db, patron.id, hold_id):
        raise HTTPException(status_code=404)
