"""Template helpers for the public tracking page."""
from datetime import datetime

from flask import Flask
from markupsafe import Markup, escape

STATUS_LABELS = {
    "label_created": "Label created",
    "in_transit": "On its way",
    "out_for_delivery": "Out for delivery",
    "delivered": "Delivered",
    "exception": "Needs attention",
}


def status_badge(status: str) -> Markup:
    label = STATUS_LABELS.get(status, "Unknown")
    return Markup('<span class="badge badge-{}">{}</span>').format(status, label)


def delivery_instructions(text: str | None) -> Markup:
    """Recipient's instructions for the driver, keeping their line breaks."""
    if not text:
        return Markup("")
    return Markup(text.strip().replace("\n", "<br>\n"))


def eta_window(start: datetime | None, end: datetime | None) -> str:
    if not start or not end:
        return "We'll update this once your parcel is out for delivery"
    if start.date() == end.date():
        return f"{start:%A %d %B}, {start:%H:%M}–{end:%H:%M}"
    return f"{start:%d %b %H:%M} – {end:%d %b %H:%M}"


def driver_first_name(name: str | None) -> str:
    return escape((name or "").split(" ")[0])


def register(app: Flask) -> None:
    app.add_template_filter(status_badge, "status_badge")
    app.add_template_filter(delivery_instructions, "delivery_instructions")
    app.add_template_global(eta_window, "eta_window")
    app.add_template_filter(driver_first_name, "driver_first_name")
