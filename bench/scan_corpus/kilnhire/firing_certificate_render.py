"""Renders the printable firing certificate attached to each completed firing.

The certificate shows the kiln, cone, peak temperature, the controller trace
summary and the notes the member wrote when they booked.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("kilnhire", "templates/certificates"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class FiringSummary:
    firing_id: int
    kiln_name: str
    member_id: int
    member_name: str
    target_cone: str
    peak_c: float
    started_at: datetime
    finished_at: datetime
    member_notes: str


def _duration(summary: FiringSummary) -> str:
    seconds = int((summary.finished_at - summary.started_at).total_seconds())
    hours, rem = divmod(seconds, 3600)
    return f"{hours}h {rem // 60:02d}m"


def _notes_html(notes: str) -> Markup:
    paragraphs = [p.strip() for p in notes.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def render_certificate(summary: FiringSummary) -> str:
    template = env.get_template("certificate.html")
    return template.render(
        firing_id=summary.firing_id,
        kiln=summary.kiln_name,
        member=summary.member_name,
        cone=summary.target_cone,
        peak=f"{summary.peak_c:.0f} \u00b0C",
        duration=_duration(summary),
        started=summary.started_at.strftime("%d %b %Y %H:%M"),
        notes=_notes_html(summary.member_notes),
    )


def certificate_view(firing_id: int):
    from flask import abort
    from flask_login import current_user

    from kilnhire.firings import summary_for

    summary = summary_for(firing_id)
    if summary is None:
        abort(404)
    if summary.member_id != current_user.id and not current_user.is_staff:
        abort(403)
    return render_certificate(summary)
