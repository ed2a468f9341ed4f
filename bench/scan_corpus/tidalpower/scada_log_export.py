"""Let reliability engineers download exported turbine alarm logs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

exports = Blueprint("alarm_exports", __name__, url_prefix="/alarm-exports")


class ExportLocator:
    """Knows where the nightly export job writes each turbine's alarm history."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def turbine_dir(self, turbine_id: str) -> Path:
        if not (turbine_id.startswith("T") and turbine_id[1:].isdigit()):
            abort(404)
        return self.root / turbine_id

    def available(self, turbine_id: str) -> list[str]:
        folder = self.turbine_dir(turbine_id)
        return sorted(p.name for p in folder.glob("*.csv")) if folder.is_dir() else []


def _locator() -> ExportLocator:
    return ExportLocator(Path(current_app.config["ALARM_EXPORT_ROOT"]))


@exports.get("/<turbine_id>/")
@login_required
def list_exports(turbine_id: str):
    return {"turbine": turbine_id, "files": _locator().available(turbine_id)}


@exports.get("/<turbine_id>/<path:filename>")
@login_required
def download_export(turbine_id: str, filename: str):
    folder = _locator().turbine_dir(turbine_id)
    current_app.logger.info(
        "alarm export %s/%s requested by %s on %s",
        turbine_id, filename, current_user.get_id(), date.today().isoformat(),
    )
    return send_from_directory(folder, filename, as_attachment=True, mimetype="text/csv")
