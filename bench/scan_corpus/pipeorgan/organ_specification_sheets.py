"""Organ specification sheets for concert programmes and quotes.

Each instrument the firm looks after has a specification sheet (stop list,
couplers, accessories, compass) kept as a PDF. Hall managers and recital
organisers fetch the current sheet by name when preparing programmes.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("specs", __name__, url_prefix="/specifications")


class SpecSettings:
    subfolder = "stoplists"
    extension = ".pdf"


def spec_root() -> Path:
    return (Path(current_app.config["DOCUMENT_STORE"]) / SpecSettings.subfolder).resolve()


def locate_sheet(instrument: str, edition: str | None = None) -> Path:
    root = spec_root()
    name = f"{instrument}-{edition}" if edition else instrument
    candidate = (root / f"{name}{SpecSettings.extension}").resolve()
    if not candidate.is_relative_to(root):
        raise FileNotFoundError(name)
    if not candidate.is_file():
        raise FileNotFoundError(name)
    return candidate


@bp.get("/<instrument>")
def get_sheet(instrument: str):
    edition = request.args.get("edition")
    try:
        path = locate_sheet(instrument, edition)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=path.name)


@bp.get("/")
def list_sheets():
    root = spec_root()
    sheets = sorted(p.stem for p in root.glob(f"*{SpecSettings.extension}"))
    return {"sheets": sheets}
