"""Runner result pages for the public results site."""
from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

from results.db import get_result, get_splits

bp = Blueprint("results", __name__, url_prefix="/results")


def _format_time(seconds: int) -> str:
    hours, rem = divmod(seconds, 3600)
    minutes, secs = divmod(rem, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _dedication_html(result: dict) -> Markup:
    # runners can add a short dedication on their charity page; shown under the time
    text = (result.get("dedication") or "").strip()
    if not text:
        return Markup("")
    return Markup(f"<p class='dedication'>{text}</p>")


@bp.route("/<int:year>/<int:bib>")
def runner_result(year: int, bib: int):
    result = get_result(year, bib)
    if result is None:
        abort(404)
    splits = [
        {"label": escape(s["mat_label"]), "time": _format_time(s["elapsed"])}
        for s in get_splits(year, bib)
    ]
    return render_template(
        "results/runner.html",
        result=result,
        chip_time=_format_time(result["chip_seconds"]),
        gun_time=_format_time(result["gun_seconds"]),
        splits=splits,
        dedication=_dedication_html(result),
    )
