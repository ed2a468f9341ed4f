"""Template helpers for showing customer comments on damage disputes."""
from flask import Flask
from markupsafe import Markup, escape

SEVERITY_BADGES = {
    1: Markup('<span class="badge badge-light">Cosmetic</span>'),
    2: Markup('<span class="badge badge-info">Minor</span>'),
    3: Markup('<span class="badge badge-warning">Major</span>'),
    4: Markup('<span class="badge badge-danger">Write-off</span>'),
}


def comment_html(text: str | None) -> Markup:
    """Render a free-text comment keeping the customer's line breaks."""
    if not text:
        return Markup("")
    return Markup("<br>").join(escape(line) for line in text.splitlines())


def panel_title(report) -> Markup:
    return Markup("Damage report <strong>{}</strong> &middot; {}").format(
        report.reference, report.vehicle.registration
    )


def severity_badge(level: int) -> Markup:
    return SEVERITY_BADGES.get(level, Markup('<span class="badge">Unknown</span>'))


def register(app: Flask) -> None:
    app.jinja_env.filters["comment_html"] = comment_html
    app.jinja_env.globals["panel_title"] = panel_title
    app.jinja_env.globals["severity_badge"] = severity_badge
