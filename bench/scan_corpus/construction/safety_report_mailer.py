"""Builds the weekly HSE summary email sent to project directors.

Pulls closed-out inspections, near-miss reports and open actions for each
site and renders them into an HTML email via the notification service.
"""
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from .notifications import NotificationClient
from .repository import HseRepository

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"

_ENV_OPTIONS = {
    "loader": FileSystemLoader(str(TEMPLATE_DIR)),
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
}
_env = Environment(**_ENV_OPTIONS)
_env.filters["ddmmyy"] = lambda d: d.strftime("%d/%m/%y") if d else ""


def _group_by_site(rows):
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["site_name"]].append(row)
    return dict(sorted(grouped.items()))


def build_weekly_summary(repo: HseRepository, week_ending: date) -> str:
    start = week_ending - timedelta(days=6)
    near_misses = repo.near_misses_between(start, week_ending)
    inspections = repo.inspections_closed_between(start, week_ending)
    actions = repo.open_actions(as_of=week_ending)
    template = _env.get_template("weekly_hse_summary.html")
    return template.render(
        week_ending=week_ending,
        near_misses_by_site=_group_by_site(near_misses),
        inspections_by_site=_group_by_site(inspections),
        overdue_actions=[a for a in actions if a["due_date"] < week_ending],
        totals={
            "near_misses": len(near_misses),
            "inspections": len(inspections),
            "failed_items": sum(i["failed_items"] for i in inspections),
        },
    )


def send_weekly_summary(repo: HseRepository, notifier: NotificationClient, week_ending: date) -> None:
    html = build_weekly_summary(repo, week_ending)
    for director in repo.project_directors():
        notifier.send_email(
            to=director["email"],
            subject=f"HSE weekly summary - w/e {week_ending:%d %b %Y}",
            html_body=html,
        )
