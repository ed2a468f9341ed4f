"""Builds the HTML fragments for the yard notice board (closures, farrier days, lost property)."""

from datetime import date

from flask import Blueprint, render_template
from markupsafe import Markup

from ostler.models import Notice

bp = Blueprint("notices", __name__, url_prefix="/board/notices")

CATEGORY_ICONS = {
    "closure": "icon-gate",
    "farrier": "icon-horseshoe",
    "vet": "icon-cross",
    "lost": "icon-search",
}


def _notice_html(notice: Notice) -> Markup:
    icon = CATEGORY_ICONS.get(notice.category, "icon-info")
    return Markup('<article class="notice"><i class="{}"></i><h3>{}</h3><p>{}</p><footer>{} &middot; {}</footer></article>').format(icon, notice.title, notice.body, notice.posted_by_name, notice.posted_on.strftime("%d %b"))


def current_notices(today: date | None = None) -> list[Notice]:
    today = today or date.today()
    return (
        Notice.query.filter(Notice.starts_on <= today)
        .filter((Notice.ends_on.is_(None)) | (Notice.ends_on >= today))
        .order_by(Notice.pinned.desc(), Notice.posted_on.desc())
        .limit(20)
        .all()
    )


@bp.get("/")
def board():
    fragments = [_notice_html(n) for n in current_notices()]
    return render_template("board/notices.html", notices=fragments, count=len(fragments))
