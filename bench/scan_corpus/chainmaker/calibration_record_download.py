"""Download of load-cell calibration records for the proof-load test rigs.

Customers and auditors may ask to see the calibration record that was in
force for the rig on which their chain was tested.
"""
import os
from dataclasses import dataclass

from flask import Blueprint, abort, request, send_file

from chainmaker.auth import login_required
from chainmaker.settings import settings

bp = Blueprint("calibration", __name__, url_prefix="/calibration")


@dataclass(frozen=True)
class CalibrationStore:
    root: str
    allowed_suffixes: tuple[str, ...] = (".pdf", ".csv")
    rigs: frozenset[str] = frozenset()

    def rig_dir(self, rig_id: str) -> str:
        rig = rig_id.upper()
        if rig not in self.rigs:
            abort(404)
        return os.path.join(self.root, rig)

    def record_path(self, rig_id: str, filename: str) -> str:
        return os.path.join(self.rig_dir(rig_id), filename)


store = CalibrationStore(root=settings.CALIBRATION_DIR, rigs=frozenset(settings.TEST_RIGS))


@bp.get("/<rig_id>/records")
@login_required
def list_records(rig_id: str):
    directory = store.rig_dir(rig_id)
    if not os.path.isdir(directory):
        abort(404)
    names = sorted(n for n in os.listdir(directory) if n.endswith(store.allowed_suffixes))
    return {"rig": rig_id.upper(), "records": names}


@bp.get("/<rig_id>/download")
@login_required
def download_record(rig_id: str):
    filename = request.args.get("file", "")
    if not filename.endswith(store.allowed_suffixes):
        abort(400)
    path = store.record_path(rig_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
