"""Public pages for author events: listings, detail and audience questions."""
from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, render_template, render_template_string, request, url_for

from .models import AuthorEvent, EventQuestion, db

bp = Blueprint("events", __name__, url_prefix="/events")


@bp.get("/")
def listing():
    upcoming = (AuthorEvent.query
                .filter(AuthorEvent.starts_at >= datetime.now(timezone.utc))
                .order_by(AuthorEvent.starts_at)
                .all())
    return render_template("events/listing.html", events=upcoming)


@bp.get("/<slug>")
def detail(slug: str):
    event = AuthorEvent.query.filter_by(slug=slug, published=True).first_or_404()
    return render_template("events/detail.html", event=event)


@bp.post("/<slug>/questions/preview")
def preview_question(slug: str):
    event = AuthorEvent.query.filter_by(slug=slug, published=True).first_or_404()
    name = request.form.get("name", "").strip() or "Anonymous"
    question = request.form.get("question", "").strip()
    if not question:
        abort(400)
    page = (
        '{% extends "events/base.html" %}{% block content %}'
        "<h2>Your question for {{ event.author_name }}</h2>"
        f"<blockquote>{question}</blockquote><p class='byline'>{name}</p>"
        "{% endblock %}"
    )
    return render_template_string(page, event=event)


@bp.post("/<slug>/questions")
def submit_question(slug: str):
    event = AuthorEvent.query.filter_by(slug=slug, published=True).first_or_404()
    db.session.add(EventQuestion(
        event_id=event.id,
        name=request.form.get("name", "").strip()[:80] or "Anonymous",
        body=request.form.get("question", "").strip()[:1000],
    ))
    db.session.commit()
    return redirect(url_for("events.detail", slug=slug))
