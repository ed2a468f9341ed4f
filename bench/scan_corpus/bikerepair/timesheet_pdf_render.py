"""Renders weekly mechanic timesheets to PDF for manager sign-off."""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("bikerepair", "templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class ShiftEntry:
    day: date
    clock_in: str
    clock_out: str
    job_cards: List[str] = field(default_factory=list)
    break_minutes: int = 30


@dataclass
class WeeklyTimesheet:
    mechanic_name: str
    store: str
    week_ending: date
    shifts: List[ShiftEntry]

    def total_hours(self) -> float:
        total = 0.0
        for s in self.shifts:
            h_in, m_in = map(int, s.clock_in.split(":"))
            h_out, m_out = map(int, s.clock_out.split(":"))
            total += (h_out * 60 + m_out - h_in * 60 - m_in - s.break_minutes) / 60
        return round(total, 2)


class TimesheetRenderer:
    binary = "/usr/local/bin/wkhtmltopdf"

    def html(self, sheet: WeeklyTimesheet) -> str:
        return env.get_template("timesheet.html").render(sheet=sheet, total=sheet.total_hours())

    def render(self, sheet: WeeklyTimesheet, out_path: Optional[str] = None) -> str:
        out_path = out_path or tempfile.mktemp(prefix="timesheet-", suffix=".pdf")
        subprocess.run(
            [self.binary, "--quiet", "-", out_path],
            input=self.html(sheet).encode("utf-8"),
            check=True,
            timeout=60,
        )
        return out_path


def render_for_approval(sheet: WeeklyTimesheet) -> bytes:
    path = TimesheetRenderer().render(sheet)
    with open(path, "rb") as fh:
        return fh.read()
