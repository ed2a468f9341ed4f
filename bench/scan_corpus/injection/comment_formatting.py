"""Jinja filters for rendering discussion comments."""
import re

from flask import Flask
from markupsafe import Markup, escape

_URL = re.compile(r"(https?://[^\s<]+)")


def linkify(text: str) -> str:
    return _URL.sub(r'<a href="\1" rel="nofollow noopener">\1</a>', text)


def render_comment(comment) -> Markup:
    body = linkify(comment.body).replace("\n", "<br>")
    author = escape(comment.author.display_name)
    return Markup(f'<div class="comment"><span class="author">{author}</span><p>{body}</p></div>')


def init_app(app: Flask) -> None:
    app.add_template_filter(render_comment, "comment")
