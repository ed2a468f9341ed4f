"""Template helpers for the public obituary page guestbook.

Visitors leave condolence messages that show beneath the obituary once a
staff member approves them.
"""
from flask import Blueprint, render_template
from markupsafe import Markup as _M

from fhgroup.obituaries.models import GuestbookEntry, Obituary

bp = Blueprint("guestbook", __name__)


def _paragraphs(text: str) -> str:
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n") if c.strip()]
    return "".join(f"<p>{c.replace(chr(10), '<br>')}</p>" for c in chunks)


@bp.app_template_filter("condolence")
def condolence_filter(entry: GuestbookEntry):
    return _M(_paragraphs(entry.message))


@bp.get("/obituaries/<slug>")
def obituary_page(slug: str):
    obituary = Obituary.query.filter_by(slug=slug, published=True).first_or_404()
    entries = (
        GuestbookEntry.query.filter_by(obituary_id=obituary.id, approved=True)
        .order_by(GuestbookEntry.created_at.desc())
        .limit(200)
        .all()
    )
    return render_template("obituaries/page.html", obituary=obituary, entries=entries)
