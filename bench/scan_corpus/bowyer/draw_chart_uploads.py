"""Upload force-draw charts measured on the tillering tree for each finished bow."""
import csv
import io
import os
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("draw_charts", __name__, url_prefix="/draw-charts")

ALLOWED_EXT = {"csv", "png", "jpg"}


def _allowed(name: str) -> bool:
    return "." in name and name.rsplit(".", 1)[1].lower() in ALLOWED_EXT


def _peak_weight(raw: bytes) -> float | None:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8", errors="replace")))
    weights = [float(r["lbs"]) for r in reader if r.get("lbs")]
    return max(weights) if weights else None


def upload_dir(order_ref: str) -> str:
    base = current_app.config["DRAW_CHART_DIR"]
    folder = os.path.join(base, secure_filename(order_ref), date.today().strftime("%Y"))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<order_ref>")
@login_required
def upload_chart(order_ref: str):
    file = request.files.get("chart")
    if file is None or not file.filename:
        return jsonify({"error": "no file"}), 400
    filename = secure_filename(file.filename)
    if not filename or not _allowed(filename):
        return jsonify({"error": "csv, png or jpg only"}), 400
    data = file.read()
    target = os.path.join(upload_dir(order_ref), filename)
    with open(target, "wb") as fh:
        fh.write(data)
    summary = {"stored": filename, "bytes": len(data)}
    if filename.endswith(".csv"):
        try:
            summary["peak_lbs"] = _peak_weight(data)
        except (KeyError, ValueError):
            summary["warning"] = "could not read lbs column"
    return jsonify(summary), 201
