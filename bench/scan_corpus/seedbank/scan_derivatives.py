"""Builds web derivatives for newly digitised herbarium sheets."""
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("scan_derivatives", __name__)

ALLOWED_WIDTHS = {256, 512, 1024, 2048}


def _render(src: Path, width: int, dst: Path) -> None:
    subprocess.run(
        ["vips", "thumbnail", str(src), f"{dst}[Q=85]", str(width)],
        check=True,
        timeout=60,
    )


@bp.get("/sheets/<barcode>/derivative")
def derivative(barcode: str):
    try:
        width = int(request.args.get("width", "512"))
    except ValueError:
        abort(400)
    if width not in ALLOWED_WIDTHS:
        abort(400)
    record = current_app.extensions["catalogue"].lookup_barcode(barcode)
    if record is None:
        abort(404)
    scan_root = Path(current_app.config["SCAN_ROOT"])
    cache_root = Path(current_app.config["DERIVATIVE_CACHE"])
    dst = cache_root / f"{record.id}_{width}.jpg"
    if not dst.exists():
        cache_root.mkdir(parents=True, exist_ok=True)
        _render(scan_root / record.scan_file, width, dst)
    return send_file(dst, mimetype="image/jpeg")
