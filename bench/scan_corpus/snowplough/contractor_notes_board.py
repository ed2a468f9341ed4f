"""Storm-night notes board where contractors report blocked streets and damage."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from flask import Flask, redirect, render_template_string, request, url_for
from markupsafe import Markup

app = Flask(__name__)

BOARD_TEMPLATE = """
<!doctype html>
<title>Storm notes</title>
<h1>Contractor notes - {{ storm }}</h1>
<form method="post"><input name="author"><textarea name="body"></textarea><button>Post</button></form>
<ul>
{% for note in notes %}
  <li><strong>{{ note.author }}</strong> <em>{{ note.posted_at.strftime('%H:%M') }}</em>
      <div>{{ note.html_body }}</div></li>
{% endfor %}
</ul>
"""


@dataclass
class ContractorNote:
    author: str
    body: str
    posted_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def html_body(self) -> Markup:
        paragraphs = [p.strip() for p in self.body.split("\n\n") if p.strip()]
        return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))


@dataclass
class NotesBoard:
    storm: str
    notes: list[ContractorNote] = field(default_factory=list)

    def post(self, author: str, body: str) -> None:
        self.notes.insert(0, ContractorNote(author=author[:60], body=body[:4000]))

    def recent(self, limit: int = 50) -> list[ContractorNote]:
        return self.notes[:limit]


board = NotesBoard(storm="2024-01-storm-kari")


@app.get("/notes")
def show_notes():
    return render_template_string(BOARD_TEMPLATE, storm=board.storm, notes=board.recent())


@app.post("/notes")
def add_note():
    board.post(request.form.get("author", "anonymous"), request.form.get("body", ""))
    return redirect(url_for("show_notes"))
