"""Import mould specifications sent in by outside mould makers.

Contract mould makers upload a YAML spec sheet with each new mould through
the supplier portal (cavities, shrinkage allowance, pour temperature, sprue
positions). The sheet updates the mould library record.
"""
from dataclasses import dataclass, field, fields

import yaml
from flask import Blueprint, flash, redirect, render_template, request, url_for

from .auth import supplier_required
from .models import Mould, db

bp = Blueprint("mould_import", __name__, url_prefix="/suppliers/moulds/import")

REQUIRED = ("code", "description", "cavities", "pour_temp_c")


@dataclass
class MouldSpec:
    code: str
    description: str
    cavities: int
    pour_temp_c: int
    shrinkage_pct: float = 0.6
    sprues: list = field(default_factory=list)
    notes: str = ""


def parse_spec(stream) -> MouldSpec:
    data = yaml.load(stream, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise ValueError("spec sheet must be a mapping")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise ValueError(f"missing fields: {', '.join(missing)}")
    return MouldSpec(**{f.name: data[f.name] for f in fields(MouldSpec) if f.name in data})


@bp.route("/", methods=["GET", "POST"])
@supplier_required
def import_spec():
    if request.method == "GET":
        return render_template("suppliers/mould_import.html")
    upload = request.files.get("spec")
    if upload is None or not (upload.filename or "").endswith((".yml", ".yaml")):
        flash("Please choose a .yaml spec sheet.")
        return redirect(url_for(".import_spec"))
    try:
        spec = parse_spec(upload.stream)
    except (ValueError, TypeError, yaml.YAMLError) as exc:
        flash(f"Could not read spec sheet: {exc}")
        return redirect(url_for(".import_spec"))
    mould = Mould.query.filter_by(code=spec.code).first() or Mould(code=spec.code)
    mould.description = spec.description
    mould.cavities = int(spec.cavities)
    mould.pour_temp_c = int(spec.pour_temp_c)
    mould.shrinkage_pct = float(spec.shrinkage_pct)
    mould.sprues = spec.sprues
    mould.notes = spec.notes
    db.session.add(mould)
    db.session.commit()
    flash(f"Imported mould {spec.code}.")
    return redirect(url_for(".import_spec"))
