"""Renders the lesson feedback page that parents see after each coaching lesson.

Coaches type their notes on a tablet; line breaks are kept so the
notes read the way they were written.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Flask, render_template_string
from markupsafe import Markup

app = Flask(__name__)

PAGE = """
<h1>Lesson feedback for {{ fb.skater }}</h1>
<p class="meta">{{ fb.lesson_date }} with {{ fb.coach }}</p>
<section class="notes">{{ notes_html }}</section>
<ul>{% for e in fb.elements %}<li>{{ e }}</li>{% endfor %}</ul>
"""


@dataclass
class Feedback:
    skater: str
    coach: str
    lesson_date: date
    notes: str
    elements: list[str]


def _notes_html(notes: str) -> Markup:
    paragraphs = [p.strip() for p in notes.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return Markup(body)


FEEDBACK: dict[int, Feedback] = {}


@app.get("/feedback/<int:lesson_id>")
def feedback(lesson_id: int):
    fb = FEEDBACK.get(lesson_id)
    if fb is None:
        return "Not found", 404
    return render_template_string(PAGE, fb=fb, notes_html=_notes_html(fb.notes))
