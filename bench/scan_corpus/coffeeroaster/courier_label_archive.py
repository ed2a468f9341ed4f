"""Archive of courier shipping labels for the packing station.

Label PDFs returned by the courier are stored on disk under the numeric
id of the ``shipping_labels`` row; the packing page asks for a label by
that id and the file name is built on the server from the database row.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from packing.db import get_session
from packing.models import ShippingLabel
from packing.settings import settings


class LabelArchive:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, label: ShippingLabel) -> Path:
        return self.root / f"{label.id:08d}.pdf"

    def store(self, label: ShippingLabel, pdf: bytes) -> Path:
        path = self.path_for(label)
        path.write_bytes(pdf)
        return path


archive = LabelArchive(Path(settings.label_dir))
app = FastAPI(title="packing-station")


def _label_or_404(db: Session, label_id: int) -> ShippingLabel:
    label = db.get(ShippingLabel, label_id)
    if label is None or label.voided:
        raise HTTPException(status_code=404)
    return label


@app.get("/labels")
def open_labels(db: Session = Depends(get_session)):
    labels = db.scalars(
        select(ShippingLabel).where(ShippingLabel.printed_at.is_(None)).order_by(ShippingLabel.id)
    )
    return [{"id": l.id, "order_no": l.order_no, "tracking": l.tracking_number} for l in labels]


@app.get("/labels/{label_id}")
def get_label(label_id: int, db: Session = Depends(get_session)):
    label = _label_or_404(db, label_id)
    path = archive.path_for(label)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=f"{label.tracking_number}.pdf")


@app.delete("/labels/{label_id}", status_code=204)
def clear_label(label_id: int, db: Session = Depends(get_session)):
    label = _label_or_404(db, label_id)
    archive.path_for(label).unlink(missing_ok=True)
    label.voided = True
    db.commit()
