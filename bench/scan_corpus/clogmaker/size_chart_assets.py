"""Public size charts and care guides offered as downloads in the web shop."""

from flask import Blueprint, abort, current_app, render_template, send_from_directory

bp = Blueprint("size_guides", __name__, url_prefix="/guides")

GUIDE_TITLES = {
    "eu-uk-us-size-chart.pdf": "Size conversion chart",
    "measuring-your-feet.pdf": "How to measure your feet at home",
    "clog-care-and-oiling.pdf": "Caring for wooden clogs",
    "dance-clog-fitting.pdf": "Fitting guide for dance clogs",
}


def guides_dir() -> str:
    return current_app.config["GUIDE_ASSET_DIR"]


@bp.get("/")
def guide_index():
    return render_template("guides/index.html", guides=sorted(GUIDE_TITLES.items()))


@bp.get("/download/<path:filename>")
def download_guide(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        guides_dir(),
        filename,
        mimetype="application/pdf",
        as_attachment=False,
        max_age=86400,
    )
