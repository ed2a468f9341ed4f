"""Public invitation pages for birthday-party packages, shareable by the booking parent."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort
from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup
from sqlalchemy import create_engine, text

bp = Blueprint("party_invites", __name__)
engine = create_engine(os.environ["PARTY_DATABASE_URL"], pool_pre_ping=True)

TEMPLATES = {
    "invite.html": """<!doctype html>
<html><head><title>{{ invite.child_name }}'s mini-golf party</title></head>
<body>
  <h1>You're invited to {{ invite.child_name }}'s party!</h1>
  <p>{{ invite.venue_name }} &middot; {{ invite.starts_at.strftime('%A %d %B, %H:%M') }}</p>
  <section class="message">{{ invite.message_html }}</section>
  <p>Hosted by {{ invite.host_name }}. Package: {{ invite.package }}</p>
</body></html>""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass
class PartyInvite:
    code: str
    child_name: str
    host_name: str
    venue_name: str
    package: str
    starts_at: datetime
    message: str

    @property
    def message_html(self) -> Markup:
        paragraphs = [p.strip() for p in self.message.split("\n\n") if p.strip()]
        return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def load_invite(code: str) -> PartyInvite | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT p.invite_code, p.child_name, p.host_name, v.name AS venue_name, "
                "pk.name AS package, p.starts_at, p.invite_message "
                "FROM party_bookings p JOIN venues v ON v.id = p.venue_id "
                "JOIN party_packages pk ON pk.id = p.package_id WHERE p.invite_code = :code"
            ),
            {"code": code},
        ).first()
    if row is None:
        return None
    return PartyInvite(*row[:6], message=row[6] or "")


@bp.get("/invites/<code>")
def show_invite(code: str):
    if not code.isalnum() or len(code) > 16:
        abort(404)
    invite = load_invite(code)
    if invite is None:
        abort(404)
    return env.get_template("invite.html").render(invite=invite)
