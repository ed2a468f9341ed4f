"""Download endpoint for processed drone survey products.

After each flight the photogrammetry pipeline writes orthomosaics, DSMs and
vegetation-index rasters into a per-flight folder under SURVEY_ROOT. Staff
and funders with survey access can download them from the portal.
"""
import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

from .models import SurveyFlight

bp = Blueprint("survey_files", __name__, url_prefix="/surveys")

ALLOWED_SUFFIXES = (".tif", ".tiff", ".laz", ".geojson", ".pdf")


def _survey_root() -> str:
    return current_app.config["SURVEY_ROOT"]


def _flight_or_404(flight_id: int) -> SurveyFlight:
    flight = SurveyFlight.query.get(flight_id)
    if flight is None or not current_user.can_view_site(flight.site_id):
        abort(404)
    return flight


@bp.get("/<int:flight_id>/files")
@login_required
def list_products(flight_id: int):
    flight = _flight_or_404(flight_id)
    folder = os.path.join(_survey_root(), flight.folder_name)
    names = sorted(
        name for name in os.listdir(folder) if name.lower().endswith(ALLOWED_SUFFIXES)
    )
    return jsonify({"flight": flight.id, "flown_on": flight.flown_on.isoformat(), "files": names})


@bp.get("/<int:flight_id>/files/<path:filename>")
@login_required
def download_product(flight_id: int, filename: str):
    flight = _flight_or_404(flight_id)
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    path = os.path.join(_survey_root(), flight.folder_name, filename)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info(
        "user %s downloaded %s from flight %s", current_user.id, filename, flight.id
    )
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
