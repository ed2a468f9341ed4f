"""Renders printable route sheets for rebalancing van crews."""

import functools
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

RENDER_SETTINGS = {
    "template_dir": "/opt/bikeshare/templates/routes",
    "output_dir": "/var/lib/bikeshare/route-sheets",
    "wkhtmltopdf": "/usr/bin/wkhtmltopdf",
    "page_size": "A4",
}

_env = Environment(
    loader=FileSystemLoader(RENDER_SETTINGS["template_dir"]),
    autoescape=select_autoescape(["html"]),
)
_shell = functools.partial(subprocess.run, shell=True, check=True, timeout=120)


@dataclass
class RouteStop:
    station_id: int
    station_name: str
    pickup: int
    dropoff: int


@dataclass
class RoutePlan:
    route_id: int
    title: str
    van_id: str
    driver: str
    stops: list[RouteStop] = field(default_factory=list)

    @property
    def net_load(self) -> int:
        return sum(s.pickup - s.dropoff for s in self.stops)


def _render_html(plan: RoutePlan) -> str:
    template = _env.get_template("route_sheet.html")
    return template.render(plan=plan, stops=plan.stops, net_load=plan.net_load)


def render_route_sheet(plan: RoutePlan, settings: dict = RENDER_SETTINGS) -> Path:
    """Write the sheet as PDF; ``plan.title`` is what the dispatcher typed in the planner."""
    out_dir = Path(settings["output_dir"])
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_path = out_dir / f"route-{plan.route_id}.pdf"

    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(_render_html(plan))
        html_path = fh.name

    try:
        _shell(
            f"{settings['wkhtmltopdf']} --quiet --page-size {settings['page_size']} "
            f"--title \"{plan.title}\" {html_path} {pdf_path}"
        )
    finally:
        Path(html_path).unlink(missing_ok=True)
    return pdf_path


def render_all(plans: list[RoutePlan]) -> list[Path]:
    return [render_route_sheet(plan) for plan in plans if plan.stops]
