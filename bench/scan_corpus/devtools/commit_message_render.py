"""Rendering of commit messages on the history and blame pages."""
import re

from flask import Flask, url_for
from markupsafe import Markup, escape

# the "&" in the look-behind keeps numeric entities such as &#39; intact
ISSUE_REF = re.compile(r"(?<![\w/&])#(\d+)\b")


def render_commit_message(message: str, repo_path: str) -> Markup:
    escaped = str(escape(message))

    def repl(match: re.Match) -> str:
        number = int(match.group(1))
        href = escape(url_for("issues.show", repo_path=repo_path, number=number))
        return f'<a class="issue-ref" href="{href}">#{number}</a>'

    linked = ISSUE_REF.sub(repl, escaped)
    paragraphs = []
    for block in linked.split("\n\n"):
        paragraphs.append("<p>" + block.replace("\n", "<br>\n") + "</p>")
    return Markup("\n".join(paragraphs))


def init_app(app: Flask) -> None:
    app.add_template_filter(render_commit_message, "commit_message")
