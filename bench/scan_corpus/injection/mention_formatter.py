"""Jinja filters for rendering chat messages with @mentions highlighted."""
import re

from flask import Flask, url_for
from markupsafe import Markup, escape

_MENTION = re.compile(r"@([A-Za-z0-9_]{2,32})")


def format_message(text: str) -> Markup:
    escaped = str(escape(text))

    def _link(match: re.Match) -> str:
        handle = match.group(1)
        return f'<a class="mention" href="{escape(url_for("users.profile", handle=handle))}">@{handle}</a>'

    return Markup(_MENTION.sub(_link, escaped).replace("\n", "<br>"))


def message_header(author_name: str, sent_at: str) -> Markup:
    return Markup('<header><b>{}</b> <time>{}</time></header>').format(author_name, sent_at)


def init_app(app: Flask) -> None:
    app.add_template_filter(format_message, "chat_message")
    app.add_template_global(message_header)
