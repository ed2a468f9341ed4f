"""Live preview of a commission brief in the member portal.

The client types a blazon and motto; the page shows the formatted blazon next
to a rough emblazonment so they can check spelling before submitting.
"""
import re

from flask import Blueprint, render_template_string, request
from markupsafe import Markup, escape

bp = Blueprint("blazon_preview", __name__)

TINCTURE_RE = re.compile(r"\b(or|argent|gules|azure|vert|purpure|sable)\b", re.IGNORECASE)

PAGE = """
<!doctype html>
<title>Preview: {{ armiger }}</title>
<section class="blazon">{{ blazon_html }}</section>
<blockquote class="motto">{{ motto_html }}</blockquote>
<img src="/portal/preview.svg?b={{ blazon_raw|urlencode }}" alt="rough emblazonment">
"""


def highlight_tinctures(blazon: str) -> Markup:
    escaped = str(escape(blazon))
    return Markup(TINCTURE_RE.sub(r'<span class="tincture">\1</span>', escaped))


def format_motto(motto: str, language: str) -> Markup:
    css = "latin" if language == "la" else "vernacular"
    return Markup(f'<span class="{css}">&ldquo;{motto}&rdquo;</span>')


@bp.route("/portal/preview", methods=["GET", "POST"])
def preview():
    data = request.form if request.method == "POST" else request.args
    blazon = data.get("blazon", "").strip()
    motto = data.get("motto", "").strip()
    return render_template_string(
        PAGE,
        armiger=data.get("armiger", ""),
        blazon_raw=blazon,
        blazon_html=highlight_tinctures(blazon),
        motto_html=format_motto(motto, data.get("lang", "la")),
    )
