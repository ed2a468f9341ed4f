"""Staff view of incoming sample requests.

The dispatch team reviews sample requests each morning. Customers can add
a note ("for a Victorian hallway, need border tiles too") which is shown
with its paragraphs and line breaks preserved.
"""
from flask import Blueprint, render_template
from flask_login import login_required
from markupsafe import Markup, escape

from tilemaker.models import SampleRequest

bp = Blueprint("sample_admin", __name__, url_prefix="/admin/samples")


def format_note(note: str | None) -> Markup:
    if not note:
        return Markup("<em>No note</em>")
    paragraphs = [p.strip() for p in note.split("\n\n") if p.strip()]
    html = "".join("<p>{}</p>".format(p.replace("\n", "<br>")) for p in paragraphs)
    return Markup(html)


def request_row(sr: SampleRequest) -> dict:
    return {
        "id": sr.id,
        "name": escape(sr.name),
        "postcode": sr.postcode,
        "tiles": ", ".join(sr.tile_codes),
        "note_html": format_note(sr.note),
        "status": sr.status,
    }


@bp.get("/")
@login_required
def pending_requests():
    pending = SampleRequest.query.filter_by(status="pending").order_by(SampleRequest.created_at)
    return render_template("admin/sample_requests.html", rows=[request_row(sr) for sr in pending])


@bp.get("/<int:request_id>")
@login_required
def request_detail(request_id: int):
    sr = SampleRequest.query.get_or_404(request_id)
    return render_template("admin/sample_request_detail.html", row=request_row(sr))
