"""Rendering helpers for free-text remarks on gate and check-in displays."""
from markupsafe import Markup

SEVERITY_CLASSES = {
    "info": "remark-info",
    "warning": "remark-warning",
    "urgent": "remark-urgent",
}
ICONS = {
    "warning": Markup('<svg class="icon"><use href="#icon-warning"/></svg>'),
    "urgent": Markup('<svg class="icon"><use href="#icon-alert"/></svg>'),
}


def render_remark(text: str, severity: str = "info") -> Markup:
    """Return the remark as HTML for the gate template.

    ``Markup.format`` escapes its arguments, so remark text typed by station
    staff is displayed literally.
    """
    css = SEVERITY_CLASSES.get(severity, SEVERITY_CLASSES["info"])
    icon = ICONS.get(severity, "")
    return Markup('<span class="remark {}">{}{}</span>').format(css, icon, text)


def register(app) -> None:
    app.jinja_env.filters["remark"] = render_remark
