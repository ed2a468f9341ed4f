"""Renders the daily site report (HTML) that is emailed to the client's PM.

Content comes from the site diary, labour returns and the foreman's notes.
"""
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "reports"

_ENV_OPTIONS = {
    "loader": FileSystemLoader(str(TEMPLATE_DIR)),
    "autoescape": select_autoescape(enabled_extensions=("html", "htm", "xml"), default_for_string=True),
    "trim_blocks": True,
    "lstrip_blocks": True,
}
_env = Environment(**_ENV_OPTIONS)
_env.filters["hours"] = lambda v: f"{v:.1f} h"


def _labour_totals(labour_rows: list[dict]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in labour_rows:
        totals[row["trade"]] = totals.get(row["trade"], 0) + int(row["headcount"])
    return dict(sorted(totals.items()))


def render_daily_report(site: dict, day: date, diary: dict, labour_rows: list[dict], notes: list[dict]) -> str:
    template = _env.get_template("daily_report.html")
    return template.render(
        site=site,
        day=day,
        weather=diary.get("weather"),
        delay_hours=diary.get("weather_delay_hours", 0),
        summary=diary.get("summary", ""),
        labour=_labour_totals(labour_rows),
        headcount=sum(int(r["headcount"]) for r in labour_rows),
        foreman_notes=notes,
    )
