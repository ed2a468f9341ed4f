"""Serve limb templates (plywood/hardboard profiles) kept on the workshop NAS.

Templates are organised by bow style, e.g. longbow/ELB-72in-50lb.svg, and the
bench tablets fetch them by relative path.
"""
import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
TEMPLATE_ROOT = Path(os.environ.get("LIMB_TEMPLATE_DIR", "/mnt/nas/limb-templates")).resolve()
ALLOWED_SUFFIXES = {".svg", ".dxf", ".pdf"}


def resolve_template(relative: str) -> Path:
    candidate = (TEMPLATE_ROOT / relative).resolve()
    if not candidate.is_relative_to(TEMPLATE_ROOT):
        abort(404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return candidate


@app.get("/templates/<path:relative>")
def get_template(relative: str):
    path = resolve_template(relative)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=False, download_name=path.name)


@app.get("/templates/")
def list_templates():
    style = request.args.get("style", "")
    base = resolve_template(f"{style}/index.svg").parent if style else TEMPLATE_ROOT
    return {
        "templates": sorted(
            str(p.relative_to(TEMPLATE_ROOT))
            for p in base.rglob("*")
            if p.suffix.lower() in ALLOWED_SUFFIXES
        )
    }
