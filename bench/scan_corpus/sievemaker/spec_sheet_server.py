"""Serves mesh specification sheets and drawings to distributor accounts.

Files live under SPEC_ROOT in sub-folders per product family
(test-sieves/, screen-panels/, perforated-plate/). Distributors request
them by the relative path shown in the product catalogue.
"""
from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_login import login_required

app = Flask(__name__)
app.config.setdefault("SPEC_ROOT", "/srv/specs/published")

SUFFIXES = {".pdf": "application/pdf", ".dxf": "image/vnd.dxf", ".step": "application/step"}


def spec_root() -> Path:
    return Path(app.config["SPEC_ROOT"]).resolve()


def resolve_spec(relative: str) -> Path:
    root = spec_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(relative)
    if candidate.suffix.lower() not in SUFFIXES:
        raise FileNotFoundError(relative)
    return candidate


@app.get("/specs/<path:relative>")
@login_required
def spec_file(relative: str):
    try:
        path = resolve_spec(relative)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)
    inline = request.args.get("inline") == "1"
    return send_file(
        path,
        mimetype=SUFFIXES[path.suffix.lower()],
        as_attachment=not inline,
        download_name=path.name,
    )
