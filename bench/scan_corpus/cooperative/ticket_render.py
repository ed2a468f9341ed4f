"""Template helpers for maintenance ticket pages."""
from datetime import datetime
from decimal import Decimal

from flask import Blueprint
from markupsafe import Markup, escape

bp = Blueprint("ticket_render", __name__)

STATUS_CLASSES = {
    "open": "badge-warning",
    "scheduled": "badge-info",
    "waiting_parts": "badge-secondary",
    "done": "badge-success",
}


@bp.app_template_filter("status_badge")
def status_badge(status: str) -> Markup:
    css = STATUS_CLASSES.get(status, "badge-light")
    label = status.replace("_", " ").title()
    return Markup('<span class="badge {}">{}</span>').format(css, label)


@bp.app_template_filter("money")
def money(value: Decimal | int | None) -> str:
    if value is None:
        return "-"
    return f"€{Decimal(value):,.2f}"


@bp.app_template_filter("ticket_body")
def ticket_body(text: str | None) -> Markup:
    """Tenants write descriptions in a plain textarea; keep their paragraphs."""
    if not text:
        return Markup("")
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    html = "".join("<p>{}</p>".format(p.replace("\n", "<br>")) for p in paragraphs)
    return Markup(html)


@bp.app_template_filter("since")
def since(ts: datetime) -> str:
    delta = datetime.utcnow() - ts
    if delta.days:
        return f"{delta.days}d ago"
    hours = delta.seconds // 3600
    return f"{hours}h ago" if hours else "just now"


@bp.app_template_filter("initials")
def initials(name: str) -> str:
    return escape("".join(part[0] for part in name.split() if part)[:3].upper())
