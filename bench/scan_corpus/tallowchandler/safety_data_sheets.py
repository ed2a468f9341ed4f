"""Serves CLP safety data sheets for scented candles and melts to stockists."""
from pathlib import Path

from flask import Blueprint, abort, send_file

from tallow.config import settings

bp = Blueprint("sds", __name__, url_prefix="/sds")

SDS_ROOT = Path(settings.SAFETY_SHEETS_DIR).resolve()


def resolve_sheet(product_line: str, sheet_name: str) -> Path:
    candidate = (SDS_ROOT / product_line / sheet_name).resolve()
    if not candidate.is_relative_to(SDS_ROOT) or candidate.suffix.lower() != ".pdf":
        abort(404)
    if not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/")
def index():
    lines = {}
    for folder in sorted(p for p in SDS_ROOT.iterdir() if p.is_dir()):
        lines[folder.name] = sorted(f.name for f in folder.glob("*.pdf"))
    return {"product_lines": lines}


@bp.get("/<product_line>/<path:sheet_name>")
def download_sheet(product_line: str, sheet_name: str):
    path = resolve_sheet(product_line, sheet_name)
    return send_file(path, mimetype="application/pdf", download_name=path.name, as_attachment=True)
