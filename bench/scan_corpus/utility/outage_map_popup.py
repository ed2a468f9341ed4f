"""HTML fragments for the public outage map popups."""
from markupsafe import Markup, escape

from .models import OutageIncident

STATUS_LABELS = {
    "investigating": "Investigating",
    "engineer_en_route": "Engineer on the way",
    "repairing": "Repair in progress",
    "restored": "Power restored",
}


def popup_html(incident: OutageIncident) -> Markup:
    label = STATUS_LABELS.get(incident.status, incident.status)
    parts = [
        Markup("<h4>{}</h4>").format(incident.area_name),
        Markup('<p class="status status-{}">{}</p>').format(incident.status, label),
    ]
    if incident.public_message:
        lines = [escape(line) for line in incident.public_message.splitlines()]
        parts.append(Markup("<p>{}</p>").format(Markup("<br>").join(lines)))
    if incident.estimated_restoration:
        parts.append(
            Markup("<p>Estimated restoration: <time datetime='{}'>{}</time></p>").format(
                incident.estimated_restoration.isoformat(),
                incident.estimated_restoration.strftime("%H:%M on %d %b"),
            )
        )
    parts.append(Markup("<p>{} customers affected</p>").format(incident.customers_affected))
    return Markup("").join(parts)


def geojson_feature(incident: OutageIncident) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [incident.lon, incident.lat]},
        "properties": {"id": incident.id, "popup": str(popup_html(incident))},
    }
