"""Jinja filters and helpers used by the profile card templates."""

import re

from flask import Flask
from markupsafe import Markup, escape

_MENTION_RE = re.compile(r"@([A-Za-z0-9_]{2,30})")


def render_bio(profile) -> Markup:
    bio = (profile.bio or "").strip().replace("\n", "<br>")
    return Markup(f'<p class="profile-bio">{bio}</p>')


def link_mentions(text: str) -> Markup:
    escaped = str(escape(text))
    return Markup(_MENTION_RE.sub(r'<a href="/u/\1" class="mention">@\1</a>', escaped))


def follower_label(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f}M followers"
    if count >= 1_000:
        return f"{count / 1_000:.1f}K followers"
    return f"{count} follower{'s' if count != 1 else ''}"


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["bio"] = render_bio
    app.jinja_env.filters["mentions"] = link_mentions
    app.jinja_env.filters["followers"] = follower_label
