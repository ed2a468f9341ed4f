"""Banner snippets for ride status pages (closures, height changes, delays)."""
from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup

LEVEL_CLASSES = {"info": "banner--info", "delay": "banner--warn", "closed": "banner--alert"}


@dataclass
class RideNotice:
    ride_name: str
    level: str
    message: str
    posted_by: str
    posted_at: datetime


def render_banner(notice: RideNotice) -> Markup:
    css = LEVEL_CLASSES.get(notice.level, "banner--info")
    template = Markup(
        '<div class="banner {css}" role="status">'
        "<strong>{ride}</strong>: {message}"
        '<span class="banner__meta">{who} &middot; {when}</span>'
        "</div>"
    )
    return template.format(
        css=css,
        ride=notice.ride_name,
        message=notice.message,
        who=notice.posted_by,
        when=notice.posted_at.strftime("%H:%M"),
    )


def render_banners(notices: list[RideNotice]) -> Markup:
    return Markup("").join(render_banner(n) for n in notices)
