"""FastAPI application for the customer account area of the tracking site.

Signed-in customers can see all parcels addressed to them, manage delivery
preferences and redirect parcels to a post office or PO box.  The session
is carried in a cookie set by the login service.
"""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

from .accounts import load_customer
from .parcels import parcels_for_customer, redirect_parcel

CORS_OPTIONS = dict(
    allow_origin_regex=r"https://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-Requested-With"],
    max_age=600,
)

app = FastAPI(title="Parcel tracking - customer area", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_OPTIONS)


def current_customer(request: Request):
    session_id = request.cookies.get("pt_session")
    customer = load_customer(session_id) if session_id else None
    if customer is None:
        raise HTTPException(status_code=401, detail="not signed in")
    return customer


@app.get("/api/my/parcels")
def my_parcels(customer=Depends(current_customer)):
    return {"parcels": parcels_for_customer(customer.id)}


@app.post("/api/my/parcels/{tracking_number}/redirect")
def redirect(tracking_number: str, target: dict, customer=Depends(current_customer)):
    if target.get("type") not in {"post_office", "po_box"}:
        raise HTTPException(status_code=400, detail="unsupported redirect target")
    ok = redirect_parcel(customer.id, tracking_number, target["type"], target.get("code", ""))
    if not ok:
        raise HTTPException(status_code=404, detail="parcel not found")
    return {"status": "redirected"}


@app.get("/healthz")
def health():
    return {"ok": True, "build": os.environ.get("BUILD_SHA", "dev")}
