"""Instructor debrief notes shown on the student's training dashboard."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import List

from flask import Flask, abort, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]

PAGE = """
<h1>Debriefs for {{ student }}</h1>
{% for note in notes %}
  <article class="debrief">
    <h2>{{ note.flight_date }} &middot; {{ note.site }}</h2>
    <p class="instructor">{{ note.instructor }}</p>
    <div class="remarks">{{ note.remarks_html }}</div>
  </article>
{% endfor %}
"""


@dataclass
class DebriefNote:
    student: str
    instructor: str
    site: str
    flight_date: dt.date
    remarks: str

    @property
    def remarks_html(self) -> Markup:
        return Markup(self.remarks.replace("\n", "<br>"))


NOTES: List[DebriefNote] = []


@app.post("/debriefs/<student>")
def add_debrief(student: str):
    form = request.form
    remarks = form.get("remarks", "").strip()
    if not remarks:
        abort(400)
    NOTES.append(
        DebriefNote(
            student=student,
            instructor=form.get("instructor", "unknown"),
            site=form.get("site", "training hill"),
            flight_date=dt.date.fromisoformat(form.get("date", dt.date.today().isoformat())),
            remarks=remarks,
        )
    )
    return {"count": sum(1 for n in NOTES if n.student == student)}, 201


@app.get("/debriefs/<student>")
def show_debriefs(student: str):
    notes = [n for n in NOTES if n.student == student]
    return render_template_string(PAGE, student=escape(student), notes=notes)
