"""Public teacher profile pages: bio, instruments taught, upcoming open slots."""
from datetime import datetime

from flask import Blueprint, abort, render_template_string
from markupsafe import Markup

from .models import LessonSlot, Teacher

bp = Blueprint("teachers", __name__)

PROFILE_TEMPLATE = """
<!doctype html>
<title>{{ teacher.display_name }} - Ukulele Teacher</title>
<article class="teacher-profile">
  <h1>{{ teacher.display_name }}</h1>
  <p class="instruments">{{ teacher.instruments | join(", ") }}</p>
  <section class="bio">{{ bio }}</section>
  <h2>Open slots</h2>
  <ul>
  {% for slot in slots %}
    <li>{{ slot.starts_at.strftime("%a %d %b, %H:%M") }} ({{ slot.duration_min }} min)</li>
  {% else %}
    <li>No open slots this week.</li>
  {% endfor %}
  </ul>
</article>
"""


def _render_bio(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


@bp.get("/teachers/<slug>")
def profile(slug: str):
    teacher = Teacher.query.filter_by(slug=slug, published=True).first()
    if teacher is None:
        abort(404)
    slots = (
        LessonSlot.query.filter(
            LessonSlot.teacher_id == teacher.id,
            LessonSlot.booked.is_(False),
            LessonSlot.starts_at > datetime.utcnow(),
        )
        .order_by(LessonSlot.starts_at)
        .limit(10)
        .all()
    )
    return render_template_string(
        PROFILE_TEMPLATE, teacher=teacher, bio=_render_bio(teacher.bio or ""), slots=slots
    )
