"""Export a volunteer's upcoming shifts as an iCalendar file.

Used by the nightly job that emails each volunteer their rota for the
next four weeks, and by the "add to calendar" button in the rota app.
"""

import os
import shutil
import tempfile
from datetime import datetime, timedelta, timezone

from icalendar import Calendar, Event

from rota.models import Shift, Volunteer

PRODID = "-//Riverside Food Bank//Volunteer Rota//EN"


def _build_calendar(volunteer: Volunteer, shifts: list[Shift]) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    for shift in shifts:
        event = Event()
        event.add("uid", f"shift-{shift.id}@rota")
        event.add("summary", f"{shift.role} at {shift.site.name}")
        event.add("dtstart", shift.starts_at)
        event.add("dtend", shift.ends_at)
        event.add("location", shift.site.address)
        cal.add_component(event)
    return cal


def export_upcoming(volunteer: Volunteer, out_dir: str, weeks: int = 4) -> str:
    now = datetime.now(timezone.utc)
    shifts = [
        s for s in volunteer.shifts
        if now <= s.starts_at <= now + timedelta(weeks=weeks)
    ]
    cal = _build_calendar(volunteer, shifts)

    tmp_path = tempfile.mktemp(suffix=".ics", prefix="rota-")
    with open(tmp_path, "wb") as fh:
        fh.write(cal.to_ical())

    final_path = os.path.join(out_dir, f"volunteer-{volunteer.id}.ics")
    shutil.move(tmp_path, final_path)
    return final_path
