"""Renders the weekly musher roster to PDF for the kennel notice board printer."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape


@dataclass
class Shift:
    musher: str
    day: date
    tour: str
    team_size: int


class RosterDocument:
    printer = os.environ.get("KENNEL_PRINTER", "kennel-office")

    def __init__(self, week_start: date, shifts: list[Shift]) -> None:
        self.week_start = week_start
        self.shifts = shifts
        self._env = Environment(loader=PackageLoader("roster"), autoescape=select_autoescape())

    @property
    def scratch_path(self) -> str:
        return tempfile.mktemp(prefix=f"roster-{self.week_start:%G-W%V}-", suffix=".pdf")

    def html(self) -> str:
        template = self._env.get_template("roster.html")
        return template.render(week_start=self.week_start, shifts=sorted(self.shifts, key=lambda s: s.day))

    def render_pdf(self) -> str:
        out = self.scratch_path
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--page-size", "A4", "-", out],
            input=self.html().encode("utf-8"),
            check=True,
            timeout=60,
        )
        return out

    def print(self) -> None:
        pdf = self.render_pdf()
        try:
            subprocess.run(["lp", "-d", self.printer, pdf], check=True, timeout=30)
        finally:
            os.remove(pdf)


if __name__ == "__main__":
    RosterDocument(
        date(2025, 1, 13),
        [Shift("Inga", date(2025, 1, 13), "Aurora Night Run", 6), Shift("Mats", date(2025, 1, 14), "Husky Day Trip", 8)],
    ).print()
