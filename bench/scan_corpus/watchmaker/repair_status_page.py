"""Public repair status page that customers reach from the e-mail link."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from flask import Flask, abort, render_template_string
from markupsafe import Markup, escape
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["WORKSHOP_DB_URL"])

STATUS_TEMPLATE = """
<h1>Repair {{ ticket.reference }}</h1>
<p>Watch: {{ ticket.model }} &middot; Status: <strong>{{ ticket.status }}</strong></p>
<h2>Your description of the issue</h2>
<div class="note">{{ note }}</div>
<h2>Workshop history</h2>
<ul>{% for entry in history %}<li>{{ entry }}</li>{% endfor %}</ul>
"""


@dataclass
class TicketView:
    reference: str
    model: str
    status: str
    customer_note: str
    updated_at: datetime


def _format_note(note: str) -> Markup:
    paragraphs = [p.strip() for p in note.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))


def _load(access_key: str) -> Optional[TicketView]:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT reference, model, status, customer_note, updated_at "
                "FROM repair_tickets WHERE status_access_key = :key"
            ),
            {"key": access_key},
        ).mappings().first()
    return TicketView(**row) if row else None


def _history(reference: str) -> List[str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT label FROM ticket_events WHERE reference = :ref ORDER BY at"),
            {"ref": reference},
        ).scalars()
        return [str(escape(label)) for label in rows]


@app.get("/status/<access_key>")
def repair_status(access_key: str):
    ticket = _load(access_key)
    if ticket is None:
        abort(404)
    return render_template_string(
        STATUS_TEMPLATE,
        ticket=ticket,
        note=_format_note(ticket.customer_note),
        history=_history(ticket.reference),
    )
