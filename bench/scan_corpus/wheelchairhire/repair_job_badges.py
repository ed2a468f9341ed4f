"""Jinja helpers for the repair call-out board shown in the workshop."""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from wheelchairhire.models import RepairJob

STATUS_CLASSES = {
    "new": "badge-grey",
    "en_route": "badge-blue",
    "on_site": "badge-amber",
    "fixed": "badge-green",
    "needs_parts": "badge-red",
}


def status_badge(job: RepairJob) -> Markup:
    css = STATUS_CLASSES.get(job.status, "badge-grey")
    return Markup('<span class="badge {}" title="{}">{}</span>').format(
        css, job.engineer_notes or "", job.status.replace("_", " ")
    )


def asset_link(job: RepairJob) -> Markup:
    return Markup('<a href="/assets/{}">{}</a>').format(job.asset_tag, job.asset_tag)


def build_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("wheelchairhire", "templates/workshop"),
        autoescape=select_autoescape(["html"]),
    )
    env.filters["status_badge"] = status_badge
    env.filters["asset_link"] = asset_link
    return env


def render_board(jobs: list[RepairJob]) -> str:
    template = build_environment().get_template("board.html")
    return template.render(jobs=sorted(jobs, key=lambda j: (j.priority, j.created_at)))
