"""Render appointment confirmation e-mails for donors."""
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"


def nl2br(value: str) -> Markup:
    """Keep the line breaks donors type into the 'anything we should know' box."""
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


def build_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "htm", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["nl2br"] = nl2br
    return env


_env = build_env()


def render_confirmation(booking) -> tuple[str, str]:
    ctx = {
        "first_name": booking.donor.first_name,
        "venue": booking.session.venue_name,
        "address": booking.session.address_lines,
        "slot": booking.slot_start.strftime("%A %d %B at %H:%M"),
        "notes": booking.donor_message or "",
        "manage_url": booking.manage_url,
    }
    html = _env.get_template("confirmation.html").render(**ctx)
    text = _env.get_template("confirmation.txt").render(**ctx)
    return html, text
