"""Handover notes board shown on the warehouse shift-lead dashboard.

Volunteers leave short notes at the end of a shift (e.g. "cold store door
sticking") and the next shift lead sees them highlighted on arrival.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from flask import Flask, redirect, render_template_string, request, url_for
from markupsafe import Markup

app = Flask(__name__)

BOARD_TEMPLATE = """
<!doctype html>
<title>Handover notes</title>
<h1>Handover notes</h1>
<ul class="notes">
{% for note in notes %}<li>{{ note }}</li>{% endfor %}
</ul>
<form method="post" action="{{ url_for('add_note') }}">
  <input name="author"><textarea name="body"></textarea><button>Add</button>
</form>
"""


@dataclass
class HandoverNote:
    author: str
    body: str
    urgent: bool = False
    created: datetime = field(default_factory=datetime.now)


NOTES: list[HandoverNote] = []


def _format_note(note: HandoverNote) -> Markup:
    css = "note urgent" if note.urgent else "note"
    stamp = note.created.strftime("%a %H:%M")
    return Markup(f'<span class="{css}"><b>{note.author}</b> ({stamp}): {note.body}</span>')


@app.get("/handover")
def board():
    rendered = [_format_note(n) for n in reversed(NOTES[-50:])]
    return render_template_string(BOARD_TEMPLATE, notes=rendered)


@app.post("/handover")
def add_note():
    body = request.form.get("body", "").strip()
    if body:
        NOTES.append(
            HandoverNote(
                author=request.form.get("author", "anon").strip()[:40],
                body=body[:500],
                urgent=body.lower().startswith("urgent"),
            )
        )
    return redirect(url_for("board"))
