"""Public trail notice page where guides and guests post short trail updates."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from flask import Flask, redirect, request, url_for
from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

PAGE = """<html><body><h1>Trail notices</h1>
<ul>{% for n in notices %}<li><b>{{ n.author }}</b> ({{ n.posted.strftime('%H:%M') }})<br>{{ n.body|paragraphs }}</li>{% endfor %}</ul>
<form method="post"><input name="author"><textarea name="body"></textarea><button>Post</button></form>
</body></html>"""


@dataclass
class Notice:
    author: str
    body: str
    posted: datetime = field(default_factory=datetime.utcnow)


class NoticeRenderer:
    def __init__(self) -> None:
        self.env = Environment(loader=DictLoader({"board.html": PAGE}), autoescape=select_autoescape(default=True))
        self.env.filters["paragraphs"] = self.paragraphs

    @staticmethod
    def paragraphs(text: str) -> Markup:
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        return Markup("".join(f"<p>{b.replace(chr(10), '<br>')}</p>" for b in blocks))

    def render(self, notices: list[Notice]) -> str:
        return self.env.get_template("board.html").render(notices=notices)


app = Flask(__name__)
renderer = NoticeRenderer()
NOTICES: list[Notice] = []


@app.get("/trail-notices")
def board() -> str:
    return renderer.render(list(reversed(NOTICES[-50:])))


@app.post("/trail-notices")
def post_notice():
    author = request.form.get("author", "guest")[:40]
    body = request.form.get("body", "")[:2000]
    if body:
        NOTICES.append(Notice(author=author, body=body))
    return redirect(url_for("board"))
