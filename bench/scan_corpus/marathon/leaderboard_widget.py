"""Render the embeddable live leaderboard widget shown on partner sites."""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from results.live import top_finishers

env = Environment(
    loader=FileSystemLoader("templates/widgets"),
    autoescape=select_autoescape(["html", "xml"]),
)

PB_BADGE = Markup('<span class="badge badge-pb" title="Personal best">PB</span>')


def runner_label(row: dict) -> Markup:
    # Markup.format escapes its arguments
    label = Markup('<span class="runner">{}</span> <span class="club">{}</span>').format(
        row["display_name"], row.get("club") or ""
    )
    if row.get("is_pb"):
        label += Markup(" ") + PB_BADGE
    return label


def render_leaderboard(race_id: str, category: str = "overall", limit: int = 10) -> str:
    rows = top_finishers(race_id, category, limit)
    template = env.get_template("leaderboard.html")
    return template.render(
        category=category,
        rows=[{"position": r["position"], "label": runner_label(r), "time": r["chip_time"]} for r in rows],
    )
