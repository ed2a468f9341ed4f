"""Public profile pages for the birds in the collection.

Each bird has a page with its story, photos and the messages left by the
members who sponsor it through the adoption scheme.
"""
from __future__ import annotations

from flask import Blueprint, abort, render_template_string
from markupsafe import Markup

from .models import Bird, SponsorMessage, db

bp = Blueprint("bird_profiles", __name__)

PROFILE_TEMPLATE = """
<article class="bird">
  <h1>{{ bird.name }} <small>{{ bird.species }}</small></h1>
  <p class="meta">Hatched {{ bird.hatched.year }} &middot; {{ bird.sex }}</p>
  <div class="story">{{ bird.story }}</div>
  <section class="sponsors">
    <h2>Messages from {{ bird.name }}'s sponsors</h2>
    {% for msg in messages %}
      <blockquote>
        {{ msg.body }}
        <footer>{{ msg.member_name }}, {{ msg.created_at.strftime("%B %Y") }}</footer>
      </blockquote>
    {% else %}
      <p>No messages yet. Adopt {{ bird.name }} to leave one!</p>
    {% endfor %}
  </section>
</article>
"""


def _message_view(msg: SponsorMessage) -> dict:
    return {
        "body": Markup(msg.body.replace("\n", "<br>")),
        "member_name": msg.member_display_name,
        "created_at": msg.created_at,
    }


@bp.get("/birds/<slug>")
def bird_profile(slug: str):
    bird = db.session.execute(
        db.select(Bird).where(Bird.slug == slug, Bird.public.is_(True))
    ).scalar_one_or_none()
    if bird is None:
        abort(404)
    messages = db.session.execute(
        db.select(SponsorMessage)
        .where(SponsorMessage.bird_id == bird.id, SponsorMessage.hidden.is_(False))
        .order_by(SponsorMessage.created_at.desc())
        .limit(20)
    ).scalars()
    return render_template_string(
        PROFILE_TEMPLATE,
        bird=bird,
        messages=[_message_view(m) for m in messages],
    )
