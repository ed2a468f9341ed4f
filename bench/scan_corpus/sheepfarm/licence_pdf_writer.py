"""Renders stock movement licences to PDF and stores them in the archive.

The file name is derived from the licence's database id and movement year
held on the licence row, never from request input.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import agent_api_key
from .db import get_session

ARCHIVE_ROOT = Path(os.environ.get("LICENCE_ARCHIVE_ROOT", "/srv/sheepfarm/licences"))

app = FastAPI(title="Movement licence PDFs")


@dataclass
class LicenceRow:
    id: int
    licence_no: str
    origin_pic: str
    destination_pic: str
    head_count: int
    movement_date: date


def load_licence(session: Session, licence_id: int) -> LicenceRow | None:
    row = session.execute(
        text(
            "SELECT id, licence_no, origin_pic, destination_pic, head_count, movement_date "
            "FROM movement_licences WHERE id = :id"
        ),
        {"id": licence_id},
    ).first()
    return LicenceRow(*row) if row else None


def pdf_path(lic: LicenceRow) -> Path:
    return ARCHIVE_ROOT / str(lic.movement_date.year) / f"licence-{lic.id:08d}.pdf"


def render(lic: LicenceRow, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(target), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 780, f"Stock Movement Licence {lic.licence_no}")
    c.setFont("Helvetica", 11)
    c.drawString(60, 750, f"From PIC: {lic.origin_pic}")
    c.drawString(60, 732, f"To PIC:   {lic.destination_pic}")
    c.drawString(60, 714, f"Sheep:    {lic.head_count}")
    c.drawString(60, 696, f"Date:     {lic.movement_date:%d %B %Y}")
    c.showPage()
    c.save()


@app.get("/licences/{licence_id}/pdf")
def licence_pdf(
    licence_id: int,
    session: Session = Depends(get_session),
    _agent: str = Depends(agent_api_key),
):
    lic = load_licence(session, licence_id)
    if lic is None:
        raise HTTPException(404, "licence not found")
    target = pdf_path(lic)
    if not target.exists():
        render(lic, target)
    return FileResponse(target, media_type="application/pdf", filename=target.name)
