"""Render the consent-withdrawal banner on sample pages (Jinja2 global)."""
from markupsafe import Markup

BANNER_CLASSES = {
    "active": "banner-ok",
    "restricted": "banner-warn",
    "withdrawn": "banner-stop",
}


def consent_banner(status: str, coordinator_note: str | None) -> Markup:
    css = BANNER_CLASSES.get(status, "banner-warn")
    return Markup(
        '<div class="consent-banner {}"><strong>{}</strong><span class="note">{}</span></div>'
    ).format(css, status.title(), coordinator_note or "")


def register(app) -> None:
    """Expose the banner helper to templates of the Flask app."""
    app.jinja_env.globals["consent_banner"] = consent_banner
