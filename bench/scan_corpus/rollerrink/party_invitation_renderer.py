"""Public invitation pages for booked birthday parties.

After booking, the host writes a short note for guests; the invitation page
at /invite/<code> shows the party details and the note.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Flask, abort, render_template_string
from markupsafe import Markup, escape

app = Flask(__name__)

INVITE_TEMPLATE = """
<!doctype html>
<title>{{ invite.child_name }}'s Skate Party</title>
<h1>You're invited to {{ invite.child_name }}'s skate party!</h1>
<p>{{ invite.starts_at.strftime('%A %d %B at %H:%M') }} &middot; {{ invite.room }}</p>
<div class="note">{{ note }}</div>
<p>Please reply to {{ invite.host_name }} by {{ invite.rsvp_by.strftime('%d %B') }}.</p>
"""


@dataclass
class Invitation:
    code: str
    child_name: str
    host_name: str
    host_note: str
    room: str
    starts_at: datetime
    rsvp_by: datetime


class InvitationRepository:
    def __init__(self) -> None:
        self._items: dict[str, Invitation] = {}

    def add(self, invite: Invitation) -> None:
        self._items[invite.code] = invite

    def get(self, code: str) -> Invitation | None:
        return self._items.get(code)


def format_host_note(note: str) -> Markup:
    paragraphs = [p.strip() for p in note.split("\n\n") if p.strip()]
    html = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return Markup(html)


invitations = InvitationRepository()


@app.get("/invite/<code>")
def show_invite(code: str):
    invite = invitations.get(code)
    if invite is None:
        abort(404)
    return render_template_string(INVITE_TEMPLATE, invite=invite, note=format_host_note(invite.host_note))


@app.get("/invite/<code>/title")
def invite_title(code: str):
    invite = invitations.get(code) or abort(404)
    return {"title": str(escape(invite.child_name)) + "'s Skate Party"}
