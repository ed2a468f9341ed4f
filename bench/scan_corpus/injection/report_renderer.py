"""Builds the weekly incident report e-mail sent to team leads."""
from collections import Counter
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=False, trim_blocks=True, lstrip_blocks=True)


def _severity_counts(incidents):
    return Counter(i["severity"] for i in incidents)


def render_weekly_report(team: dict, incidents: list[dict]) -> str:
    """Return the HTML body; incident titles and notes come from the tracker."""
    template = _env.get_template("weekly_report.html")
    return template.render(
        team=team,
        incidents=sorted(incidents, key=lambda i: i["opened_at"]),
        counts=_severity_counts(incidents),
    )
