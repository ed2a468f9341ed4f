"""Pages for parcels waiting at a post office for collection.

The recipient receives a link to this page by e-mail.  Senders can add a
short note when they buy the label online; it is shown on the page with
its line breaks kept.
"""
from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

from .models import CollectionNotice

bp = Blueprint("collection", __name__, url_prefix="/collect")


def _sender_note_block(note: str | None):
    if not note:
        return ""
    lines = [escape(line) for line in note.strip().splitlines()]
    return Markup("<div class='sender-note'>{}</div>").format(Markup("<br>").join(lines))


@bp.route("/<notice_code>")
def show_collection_notice(notice_code: str):
    notice = CollectionNotice.query.filter_by(code=notice_code.upper()).first()
    if notice is None:
        abort(404)
    office = notice.post_office
    return render_template(
        "collection/notice.html",
        tracking_number=notice.parcel.tracking_number,
        office_name=office.name,
        office_hours=office.opening_hours,
        keep_until=notice.keep_until.strftime("%d %B %Y"),
        sender_note=_sender_note_block(notice.parcel.sender_note),
    )
