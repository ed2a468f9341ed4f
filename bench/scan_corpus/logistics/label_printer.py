"""Packing-station endpoint that prints shipping labels on the Zebra printers.

Handheld scanners call this after the parcel is weighed; the station's default
printer is used unless the packer picks another one on the scanner.
"""
import os
import subprocess
import tempfile

from flask import Blueprint, abort, jsonify, request

from .labels import build_zpl
from .stations import STATION_PRINTERS

bp = Blueprint("labels", __name__)


def _write_zpl(zpl: str) -> str:
    fd, path = tempfile.mkstemp(prefix="label-", suffix=".zpl")
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(zpl)
    return path


@bp.post("/stations/<station_id>/labels")
def print_label(station_id: str):
    if station_id not in STATION_PRINTERS:
        abort(404)
    payload = request.get_json(force=True)
    printer = payload.get("printer") or STATION_PRINTERS[station_id]
    copies = int(payload.get("copies", 1))

    path = _write_zpl(build_zpl(payload["shipment_id"], payload["weight_kg"]))
    try:
        subprocess.run(f"lp -d {printer} -n {copies} -o raw {path}", shell=True, check=True, timeout=30)
    except subprocess.CalledProcessError:
        return jsonify(error="printer rejected job"), 502
    finally:
        os.unlink(path)
    return jsonify(printed=True, printer=printer)
