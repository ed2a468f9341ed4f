"""Exports the temperature curve of a firing to CSV for the conservation file."""
from __future__ import annotations

import csv
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required
from sqlalchemy import select

from .models import Firing, Reading, db

bp = Blueprint("kiln_export", __name__)


def export_dir() -> Path:
    path = Path(current_app.config["EXPORT_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_curve(firing: Firing) -> Path:
    target = export_dir() / f"firing_{firing.id:06d}_kiln{firing.kiln_id}.csv"
    readings = db.session.scalars(
        select(Reading).where(Reading.firing_id == firing.id).order_by(Reading.taken_at)
    )
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["taken_at", "zone", "celsius"])
        for r in readings:
            writer.writerow([r.taken_at.isoformat(), r.zone, f"{r.celsius:.1f}"])
    os.replace(tmp, target)
    return target


@bp.get("/firings/<int:firing_id>/curve.csv")
@login_required
def curve_csv(firing_id: int):
    firing = db.session.get(Firing, firing_id)
    if firing is None:
        abort(404)
    path = write_curve(firing)
    return send_file(
        path,
        mimetype="text/csv",
        as_attachment=True,
        download_name=f"kiln{firing.kiln_id}-firing{firing.id}.csv",
    )
