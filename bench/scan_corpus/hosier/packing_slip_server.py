"""Serves generated packing slips and return labels (PDF) to the warehouse pick stations."""
import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("slips", __name__, url_prefix="/print")
log = logging.getLogger("hosier.print")

DOC_KINDS = {"slips": "packing-slips", "labels": "return-labels"}


def _doc_root(kind: str) -> Path:
    sub = DOC_KINDS.get(kind)
    if sub is None:
        abort(404)
    return (Path(current_app.config["HOSIER_PRINT_ROOT"]) / sub).resolve()


def resolve_document(kind: str, relpath: str) -> Path:
    root = _doc_root(kind)
    candidate = (root / relpath).resolve()
    if not candidate.is_relative_to(root):
        log.warning("rejected print path %r for %s", relpath, kind)
        abort(404)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<kind>/<path:relpath>")
def fetch(kind: str, relpath: str):
    doc = resolve_document(kind, relpath)
    return send_file(doc, mimetype="application/pdf", download_name=doc.name)


@bp.get("/<kind>/batch/<batch_no>")
def batch_listing(kind: str, batch_no: str):
    if not batch_no.isdigit():
        abort(404)
    folder = _doc_root(kind) / batch_no
    if not folder.is_dir():
        abort(404)
    return {"batch": batch_no, "documents": sorted(p.name for p in folder.glob("*.pdf"))}
