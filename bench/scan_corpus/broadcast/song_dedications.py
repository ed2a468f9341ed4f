"""Public page showing a listener's on-air dedication after the presenter reads it out."""
from flask import Blueprint, abort, current_app, render_template_string

bp = Blueprint("dedications", __name__)

PAGE_HEAD = """{% extends "layout.html" %}
{% block title %}A dedication on {{ d.station_name }}{% endblock %}
{% block content %}
<article class="dedication">
  <h1>For {{ d.recipient }}</h1>
  <p class="meta">{{ d.aired_at.strftime('%A %H:%M') }} &middot; {{ d.track_title }}</p>
"""
PAGE_FOOT = """
  <a class="listen" href="{{ d.listen_again_url }}">Listen again</a>
</article>
{% endblock %}"""


@bp.get("/dedications/<int:dedication_id>")
def show_dedication(dedication_id: int):
    repo = current_app.extensions["dedication_repo"]
    d = repo.get_aired(dedication_id)
    if d is None:
        abort(404)
    template = PAGE_HEAD + "<blockquote>" + d.message + "</blockquote>" + PAGE_FOOT
    return render_template_string(template, d=d)
