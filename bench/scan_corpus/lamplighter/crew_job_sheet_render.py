"""Printable night-shift job sheets for lamp repair crews.

Each sheet lists the crew's jobs in route order with the asset location and
any note left by the resident who reported the fault.
"""
from __future__ import annotations

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from lamplighter.dispatch import jobs_for_shift
from lamplighter.settings import settings

env = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "htm"]),
)

PRIORITY_LABEL = {1: "P1 - 2 hours", 2: "P2 - 24 hours", 3: "P3 - 5 days", 4: "Routine"}


def note_block(note: str | None) -> Markup:
    if not note:
        return Markup("")
    return Markup('<blockquote class="resident-note">{}</blockquote>').format(note.strip())


def sheet_rows(shift_id: int) -> list[dict]:
    rows = []
    for stop, job in enumerate(jobs_for_shift(shift_id), start=1):
        rows.append(
            {
                "stop": stop,
                "asset_id": job.asset_id,
                "location": f"{job.street}, {job.ward_name}",
                "priority": PRIORITY_LABEL.get(job.priority, "Routine"),
                "note": note_block(job.resident_note),
            }
        )
    return rows


def render_sheet(shift_id: int, crew_name: str) -> str:
    template = env.get_template("crew/job_sheet.html")
    return template.render(shift_id=shift_id, crew=crew_name, rows=sheet_rows(shift_id))
