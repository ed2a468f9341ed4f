"""Public 'in memory of' tribute pages.

Supporters who give in memory of someone can leave a short message; the
messages are shown on the tribute page after a staff member approves them.
"""
from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, render_template, request, url_for
from markupsafe import Markup

from .models import Tribute, TributeMessage, db

bp = Blueprint("tributes", __name__, url_prefix="/in-memory")

MAX_MESSAGE_LEN = 600


def _render_message(msg: TributeMessage) -> Markup:
    paragraphs = "".join(f"<p>{line}</p>" for line in msg.body.splitlines() if line.strip())
    return Markup(f'<blockquote class="tribute-msg">{paragraphs}<cite>{msg.author_name}</cite></blockquote>')


@bp.get("/<slug>")
def tribute_page(slug: str):
    tribute = Tribute.query.filter_by(slug=slug, published=True).first_or_404()
    messages = (
        TributeMessage.query.filter_by(tribute_id=tribute.id, approved=True)
        .order_by(TributeMessage.created_at.desc())
        .all()
    )
    return render_template(
        "tributes/page.html",
        tribute=tribute,
        rendered_messages=[_render_message(m) for m in messages],
    )


@bp.post("/<slug>/messages")
def leave_message(slug: str):
    tribute = Tribute.query.filter_by(slug=slug, published=True).first_or_404()
    body = (request.form.get("body") or "").strip()
    author = (request.form.get("author_name") or "").strip()[:80]
    if not body or len(body) > MAX_MESSAGE_LEN or not author:
        abort(400)
    db.session.add(TributeMessage(
        tribute_id=tribute.id,
        body=body,
        author_name=author,
        created_at=datetime.now(timezone.utc),
        approved=False,
    ))
    db.session.commit()
    return redirect(url_for("tributes.tribute_page", slug=slug, thanks=1))
