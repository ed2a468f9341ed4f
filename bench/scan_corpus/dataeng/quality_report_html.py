"""Render the nightly data-quality report e-mailed to dataset owners.

Check names and failure messages come from rule definitions that dataset
owners edit in the catalog.
"""
from __future__ import annotations

from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("quality_reports", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _multiline(text: str | None) -> Markup:
    """Keep line breaks from multi-line failure messages."""
    return Markup("<br>\n").join(escape(line) for line in (text or "").splitlines())


env.filters["multiline"] = _multiline


def render_report(owner: str, run_date: date, results: list[dict]) -> str:
    failed = [r for r in results if r["status"] == "failed"]
    template = env.get_template("daily_report.html")
    return template.render(
        owner=owner,
        run_date=run_date.isoformat(),
        failed=failed,
        passed_count=len(results) - len(failed),
        total=len(results),
    )
