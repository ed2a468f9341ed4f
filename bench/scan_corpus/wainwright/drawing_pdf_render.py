"""Renders customer-uploaded livery sketches to PDF for the paint shop.

Customers commissioning a trade wagon often send an SVG of the sign
writing they want; the paint shop works from a printed PDF proof.
"""
import logging
import os
import subprocess
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("livery_render", __name__)
log = logging.getLogger(__name__)

UPLOAD_DIR = Path(os.environ.get("LIVERY_UPLOADS", "/srv/wainwright/livery"))
PROOF_DIR = UPLOAD_DIR / "proofs"
INKSCAPE = os.environ.get("INKSCAPE_BIN", "inkscape")


def render_proof(svg_path: Path, title: str) -> Path:
    PROOF_DIR.mkdir(parents=True, exist_ok=True)
    out = PROOF_DIR / (svg_path.stem + ".pdf")
    cmd = (
        f'{INKSCAPE} "{svg_path}" --export-type=pdf '
        f'--export-filename="{out}" --export-text-to-path '
        f'&& exiftool -overwrite_original -Title="{title}" "{out}"'
    )
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return out


@bp.post("/commissions/<ref>/livery")
def upload_livery(ref: str):
    upload = request.files.get("sketch")
    if upload is None or not upload.filename.lower().endswith(".svg"):
        abort(400, "please upload an SVG sketch")
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    svg_path = UPLOAD_DIR / secure_filename(f"{ref}-{upload.filename}")
    upload.save(svg_path)

    title = request.form.get("title", f"Livery proof {ref}")
    try:
        proof = render_proof(svg_path, title)
    except subprocess.CalledProcessError as err:
        log.error("livery render failed for %s: exit %s", ref, err.returncode)
        abort(500, "could not render proof")
    except subprocess.TimeoutExpired:
        log.error("livery render timed out for %s", ref)
        abort(504, "render timed out")
    log.info("livery proof ready for %s", ref)
    return jsonify(commission=ref, proof=proof.name)
