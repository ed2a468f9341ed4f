"""Upload and import of supplier price catalogues (CSV) into the procurement database."""
from __future__ import annotations

import csv
import io
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

from .db import get_db
from .auth import procurement_required

bp = Blueprint("catalogue_import", __name__, url_prefix="/procurement/catalogues")

REQUIRED_COLUMNS = {"sku", "description", "unit", "price"}


def _save_upload(supplier_id: int, upload) -> Path:
    safe_name = secure_filename(upload.filename) or "catalogue.csv"
    folder = Path(current_app.config["CATALOGUE_UPLOAD_DIR"]) / f"supplier-{supplier_id}"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{uuid.uuid4().hex}-{safe_name}"
    upload.save(target)
    return target


def _parse(raw: bytes) -> list[tuple[str, str, str, Decimal]]:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"missing columns: {', '.join(sorted(missing))}")
    rows = []
    for line_no, row in enumerate(reader, start=2):
        try:
            price = Decimal(row["price"].strip())
        except InvalidOperation:
            raise ValueError(f"bad price on line {line_no}") from None
        rows.append((row["sku"].strip(), row["description"].strip(), row["unit"].strip(), price))
    return rows


@bp.post("/<int:supplier_id>")
@procurement_required
def import_catalogue(supplier_id: int):
    upload = request.files.get("catalogue")
    if upload is None or not upload.filename.lower().endswith(".csv"):
        abort(400)
    stored = _save_upload(supplier_id, upload)
    try:
        items = _parse(stored.read_bytes())
    except ValueError as exc:
        return jsonify(error=str(exc)), 422
    db = get_db()
    db.execute("DELETE FROM supplier_prices WHERE supplier_id = %s", (supplier_id,))
    db.executemany(
        "INSERT INTO supplier_prices (supplier_id, sku, description, unit, price) "
        "VALUES (%s, %s, %s, %s, %s)",
        [(supplier_id, *item) for item in items],
    )
    db.commit()
    return jsonify(imported=len(items), stored_as=stored.name), 201
