"""Renders a PNG sample of the customer's engraving text in the chosen font."""
import logging
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, request, send_file

log = logging.getLogger(__name__)
bp = Blueprint("font_preview", __name__)

FONT_DIR = Path("/usr/share/engraver/fonts")
FONTS = {
    "script": "GreatVibes-Regular.ttf",
    "block": "Oswald-Medium.ttf",
    "roman": "Cinzel-Regular.ttf",
    "monogram": "Monogram-Classic.otf",
}
MAX_TEXT = 120


def render_sample(text: str, font_key: str, point_size: int) -> Path:
    font_path = FONT_DIR / FONTS[font_key]
    out = Path(tempfile.mkdtemp(prefix="fontprev_")) / "sample.png"
    cmd = [
        "hb-view",
        "--font-size", str(point_size),
        "--background", "#ffffff",
        "--foreground", "#000000",
        "--output-format", "png",
        "--output-file", str(out),
        f"--text={text}",
        str(font_path),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=15)
    return out


@bp.get("/fonts/preview.png")
def font_preview():
    text = request.args.get("text", "").strip()[:MAX_TEXT]
    font_key = request.args.get("font", "roman")
    if not text or font_key not in FONTS:
        abort(400)
    try:
        size = min(max(int(request.args.get("size", 48)), 12), 144)
    except ValueError:
        abort(400)
    try:
        png = render_sample(text, font_key, size)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        log.warning("font preview failed for %s: %s", font_key, exc)
        abort(500)
    return send_file(png, mimetype="image/png", max_age=300)
