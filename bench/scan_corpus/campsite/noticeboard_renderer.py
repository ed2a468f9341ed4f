"""Render the guest-portal noticeboard (events, pool hours, site notices posted by wardens)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup, escape

ICON_SVGS = {
    "event": Markup('<svg class="icon"><use href="#icon-calendar"/></svg>'),
    "pool": Markup('<svg class="icon"><use href="#icon-swim"/></svg>'),
    "warning": Markup('<svg class="icon"><use href="#icon-alert"/></svg>'),
}


@dataclass(frozen=True)
class Notice:
    kind: str
    title: str
    body: str
    posted_by: str
    posted_at: datetime


def _paragraphs(text: str) -> Markup:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    return Markup("").join(Markup("<p>{}</p>").format(b) for b in blocks)


def render_notice(notice: Notice) -> Markup:
    icon = ICON_SVGS.get(notice.kind, Markup(""))
    return Markup(
        '<article class="notice notice-{kind}">{icon}<h3>{title}</h3>{body}'
        "<footer>Posted by {author} at {when}</footer></article>"
    ).format(
        kind=notice.kind if notice.kind in ICON_SVGS else "general",
        icon=icon,
        title=notice.title,
        body=_paragraphs(notice.body),
        author=notice.posted_by,
        when=notice.posted_at.strftime("%d %b %H:%M"),
    )


def render_board(notices: list[Notice]) -> str:
    ordered = sorted(notices, key=lambda n: n.posted_at, reverse=True)
    items = Markup("\n").join(render_notice(n) for n in ordered)
    return str(Markup('<section id="noticeboard">{}</section>').format(items or escape("No notices today.")))
