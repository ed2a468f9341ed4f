"""Renders the "You have a new match!" notification email."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

_env = Environment(
    loader=PackageLoader("notifications", "templates/email"),
    autoescape=select_autoescape(["html", "htm", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def profile_link(url: str, display_name: str) -> Markup:
    # Markup.format escapes its arguments, so names like "<Sam>" stay text.
    return Markup('<a href="{}" style="color:#e2456d;font-weight:600">{}</a>').format(url, display_name)


_env.filters["profile_link"] = profile_link


def render_new_match_email(recipient, match, base_url: str) -> tuple[str, str]:
    other = match.other_member(recipient.id)
    context = {
        "recipient_name": recipient.first_name,
        "match_name": other.display_name,
        "match_url": f"{base_url}/matches/{match.public_id}",
        "match_photo_url": other.primary_photo_url,
        "prompt": other.featured_prompt_answer,
    }
    html = _env.get_template("new_match.html").render(**context)
    text = _env.get_template("new_match.txt").render(**context)
    return html, text
