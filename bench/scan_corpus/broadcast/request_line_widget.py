"""Embeddable 'recent requests' widget shown on station websites next to the player."""
from flask import Blueprint, abort, current_app, render_template_string

bp = Blueprint("request_widget", __name__)

WIDGET_TEMPLATE = """<div class="request-line" data-station="{{ station.slug }}">
  <h3>Recent requests on {{ station.name }}</h3>
  <ul>
  {% for r in requests %}
    <li>
      <span class="track">{{ r.track_title }} &ndash; {{ r.artist }}</span>
      <span class="from">requested by {{ r.listener_name }}</span>
      {% if r.message %}<q>{{ r.message }}</q>{% endif %}
    </li>
  {% else %}
    <li class="empty">No requests yet &ndash; send one from the app!</li>
  {% endfor %}
  </ul>
</div>"""


@bp.get("/widgets/requests/<station_slug>")
def recent_requests(station_slug: str):
    stations = current_app.extensions["stations"]
    station = stations.get(station_slug)
    if station is None:
        abort(404)
    recent = current_app.extensions["request_queue"].recent(station_slug, limit=10)
    html = render_template_string(WIDGET_TEMPLATE, station=station, requests=recent)
    return html, 200, {"Cache-Control": "public, max-age=30"}
