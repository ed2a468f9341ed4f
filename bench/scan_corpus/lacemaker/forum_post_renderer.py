"""Rendering of members' forum threads.

Posts are written in plain text; line breaks are kept and @mentions of other
members are linked to their profile. Members can also set a short signature
(club name, current project) that appears under each of their posts.
"""
import re
from dataclasses import dataclass
from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

MENTION = re.compile(r"@([A-Za-z0-9_]{3,30})")
SIGNATURE_LINES = 4

env = Environment(
    loader=PackageLoader("lacemaker.forum", "templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class Post:
    author: str
    body: str
    signature: str
    created_at: datetime


def link_mentions(text: str) -> Markup:
    escaped = str(escape(text))
    linked = MENTION.sub(r'<a class="mention" href="/forum/members/\1">@\1</a>', escaped)
    return Markup(linked.replace("\n", "<br>\n"))


def format_signature(signature: str) -> Markup:
    lines = [line.strip() for line in signature.splitlines() if line.strip()]
    return Markup("<br>".join(lines[:SIGNATURE_LINES]))


def render_thread(title: str, posts: list[Post]) -> str:
    template = env.get_template("thread.html")
    return template.render(
        title=title,
        posts=[
            {
                "author": p.author,
                "body": link_mentions(p.body),
                "signature": format_signature(p.signature),
                "created_at": p.created_at.strftime("%d %b %Y %H:%M"),
            }
            for p in posts
        ],
    )
