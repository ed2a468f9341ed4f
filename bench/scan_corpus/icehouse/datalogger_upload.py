"""Upload endpoint for USB temperature data-logger files.

Refrigerated vans carry a standalone data logger; at the end of the round the
driver plugs it into the depot PC, which uploads the CSV so QA can prove the
cold chain for each event delivery.
"""
import csv
import io
from datetime import datetime
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("datalogger", __name__, url_prefix="/vans/datalogger")

MAX_ROWS = 50_000
REQUIRED_COLUMNS = {"timestamp", "temp_c"}


def _validate(raw: bytes) -> int:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    if not REQUIRED_COLUMNS.issubset(reader.fieldnames or []):
        raise ValueError("file is not a data-logger export")
    rows = 0
    for rows, row in enumerate(reader, start=1):
        float(row["temp_c"])
        if rows > MAX_ROWS:
            raise ValueError("file too large")
    return rows


@bp.post("/<int:van_no>")
@login_required
def upload(van_no: int):
    f = request.files.get("logfile")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400

    raw = f.read()
    try:
        rows = _validate(raw)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        return jsonify(error=str(exc)), 422

    name = secure_filename(f.filename) or "logger.csv"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = Path(current_app.config["DATALOGGER_DIR"]) / f"van{van_no:02d}"
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{stamp}-{name}"
    dest.write_bytes(raw)
    return jsonify(stored=dest.name, rows=rows), 201
