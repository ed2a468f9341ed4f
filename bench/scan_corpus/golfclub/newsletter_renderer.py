"""Renders the weekly members' newsletter with competition results and course notices."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).with_name("templates")


@dataclass
class ResultLine:
    position: int
    player: str
    score: str


@dataclass
class NewsletterIssue:
    issue_date: date
    headline: str
    captain_message: str
    results: dict[str, list[ResultLine]] = field(default_factory=dict)
    course_notices: list[str] = field(default_factory=list)


class NewsletterRenderer:
    environment_options = {
        "loader": FileSystemLoader(TEMPLATE_DIR),
        "autoescape": select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
        "trim_blocks": True,
        "lstrip_blocks": True,
    }

    def __init__(self) -> None:
        self._env = Environment(**self.environment_options)
        self._env.filters["ordinal"] = self._ordinal

    @staticmethod
    def _ordinal(n: int) -> str:
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    def render_html(self, issue: NewsletterIssue) -> str:
        template = self._env.get_template("newsletter.html")
        return template.render(issue=issue, competitions=sorted(issue.results.items()))

    def render_subject(self, issue: NewsletterIssue) -> str:
        return f"Club newsletter {issue.issue_date:%d %B %Y}: {issue.headline}"
