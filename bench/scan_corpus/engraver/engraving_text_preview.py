"""Live preview of engraving text on the order form before a proof is made."""
from flask import Blueprint, render_template_string, request
from markupsafe import Markup

bp = Blueprint("engraving_preview", __name__)

FONTS = {
    "script": "Great Vibes, cursive",
    "block": "Oswald, sans-serif",
    "roman": "Cinzel, serif",
}
MAX_LINES = 6
MAX_LINE_CHARS = 40

PREVIEW_PAGE = """
<!doctype html>
<html>
<head><title>Engraving preview</title></head>
<body>
  <div class="plate plate-{{ finish }}" style="font-family: {{ font }}">
    {{ body }}
  </div>
  <p class="hint">{{ line_count }} of {{ max_lines }} lines used.</p>
</body>
</html>
"""


def _clean_lines(raw: str) -> list[str]:
    lines = [ln.rstrip() for ln in raw.replace("\r\n", "\n").split("\n")]
    return [ln[:MAX_LINE_CHARS] for ln in lines if ln.strip()][:MAX_LINES]


def render_lines(lines: list[str], align: str = "center") -> Markup:
    rows = "".join(f'<div class="line align-{align}">{ln}</div>' for ln in lines)
    return Markup(rows)


@bp.route("/preview", methods=["GET", "POST"])
def preview():
    source = request.form if request.method == "POST" else request.args
    lines = _clean_lines(source.get("text", ""))
    align = source.get("align", "center")
    if align not in ("left", "center", "right"):
        align = "center"
    font = FONTS.get(source.get("font", "roman"), FONTS["roman"])
    finish = "brass" if source.get("finish") == "brass" else "silver"
    return render_template_string(
        PREVIEW_PAGE,
        body=render_lines(lines, align),
        font=font,
        finish=finish,
        line_count=len(lines),
        max_lines=MAX_LINES,
    )
