"""Renders the shareable e-invite page a parent creates after booking a party."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Flask, abort, render_template_string
from markupsafe import Markup

app = Flask(__name__)

INVITE_TEMPLATE = """
<!doctype html>
<title>{{ invite.child_name }}'s party at JumpZone</title>
<h1>You're invited to {{ invite.child_name }}'s {{ invite.age }}th birthday!</h1>
<p class="when">{{ invite.starts_at.strftime('%A %d %B, %H:%M') }} at {{ invite.site_name }}</p>
<div class="message">{{ message }}</div>
<a href="/invites/{{ invite.token }}/rsvp">RSVP</a>
"""


@dataclass
class PartyInvite:
    token: str
    child_name: str
    age: int
    site_name: str
    starts_at: datetime
    host_message: str


class InviteFormatter:
    paragraph_tag = "p"

    def message_html(self, invite: PartyInvite) -> Markup:
        paras = [line.strip() for line in invite.host_message.splitlines() if line.strip()]
        body = "".join(f"<{self.paragraph_tag}>{p}</{self.paragraph_tag}>" for p in paras)
        return Markup(body)


formatter = InviteFormatter()


def load_invite(token: str) -> PartyInvite | None:
    from .repository import invites

    return invites.get_by_token(token)


@app.get("/invites/<token>")
def show_invite(token: str):
    invite = load_invite(token)
    if invite is None:
        abort(404)
    return render_template_string(INVITE_TEMPLATE, invite=invite, message=formatter.message_html(invite))
