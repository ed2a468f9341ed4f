"""Certificates of authenticity: customers download the PDF for items they bought."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import current_collector
from .db import get_session
from .models import Certificate, Order

app = FastAPI()

CERT_ROOT = Path(os.environ.get("CERT_ROOT", "/srv/mapseller/certificates"))


def _certificate_for(db: Session, collector_id: int, certificate_id: int) -> Certificate:
    stmt = (
        select(Certificate)
        .join(Order, Order.id == Certificate.order_id)
        .where(Certificate.id == certificate_id, Order.collector_id == collector_id)
    )
    cert = db.scalars(stmt).first()
    if cert is None:
        raise HTTPException(status_code=404)
    return cert


@app.get("/certificates/{certificate_id}")
def download_certificate(
    certificate_id: int,
    db: Session = Depends(get_session),
    collector=Depends(current_collector),
):
    cert = _certificate_for(db, collector.id, certificate_id)
    path = CERT_ROOT / cert.storage_key
    if not path.is_file():
        raise HTTPException(status_code=410, detail="certificate file missing")
    return FileResponse(
        path, media_type="application/pdf", filename=f"certificate-{cert.stock_ref}.pdf"
    )


@app.get("/certificates")
def list_certificates(db: Session = Depends(get_session), collector=Depends(current_collector)):
    stmt = (
        select(Certificate.id, Certificate.stock_ref, Certificate.issued_on)
        .join(Order, Order.id == Certificate.order_id)
        .where(Order.collector_id == collector.id)
        .order_by(Certificate.issued_on.desc())
    )
    return [
        {"id": cid, "stock_ref": ref, "issued_on": issued.isoformat()}
        for cid, ref, issued in db.execute(stmt)
    ]
