"""Renders the shift handover report that control-room operators print at 06:00 and 18:00."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from geo_common.settings import settings


def nl2br(value: str) -> Markup:
    """Line breaks to <br>, with each line escaped first."""
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


env = Environment(
    loader=FileSystemLoader(settings.REPORT_TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)
env.filters["nl2br"] = nl2br


@dataclass
class HandoverEntry:
    unit: str
    status: str
    operator_comment: str
    logged_at: datetime


def render(shift: str, outgoing: str, incoming: str, entries: list[HandoverEntry]) -> str:
    template = env.get_template("handover.html")
    return template.render(
        shift=shift,
        outgoing=outgoing,
        incoming=incoming,
        entries=entries,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
    )
