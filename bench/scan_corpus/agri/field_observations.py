"""Template helpers for showing field observations (scout notes, spray
records, agronomist comments) on the field timeline."""
from flask import Blueprint
from markupsafe import Markup, escape

bp = Blueprint("observations", __name__)

SEVERITY_BADGES = {
    0: Markup('<span class="badge badge-none">none</span>'),
    1: Markup('<span class="badge badge-low">low</span>'),
    2: Markup('<span class="badge badge-mid">moderate</span>'),
    3: Markup('<span class="badge badge-high">severe</span>'),
}


@bp.app_template_filter("observation_html")
def observation_html(text: str) -> Markup:
    """Escape the note, then keep the scout's line breaks."""
    lines = (escape(line) for line in (text or "").splitlines())
    return Markup("<br>\n").join(lines)


@bp.app_template_filter("severity_badge")
def severity_badge(level: int) -> Markup:
    return SEVERITY_BADGES.get(int(level), SEVERITY_BADGES[0])
