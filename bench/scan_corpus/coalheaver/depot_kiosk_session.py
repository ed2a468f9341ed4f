"""Authentication of weighbridge kiosks at the depots.

Each kiosk is provisioned with a device id (printed on its casing) and a
device secret held in its secure storage.  The kiosk presents both on every
request to record loaded and returned tonnage.
"""
import secrets
from functools import wraps

from flask import abort, g, request

from coalheaver.db import get_db


def _load_kiosk(device_id: str):
    return get_db().execute(
        "SELECT device_id, device_secret, depot_code, active FROM kiosks WHERE device_id = ?",
        (device_id,),
    ).fetchone()


def kiosk_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        device_id = request.headers.get("X-Kiosk-Id", "")
        presented = request.headers.get("X-Kiosk-Secret", "")
        kiosk = _load_kiosk(device_id)
        if kiosk is None or not kiosk["active"]:
            abort(401)
        if not secrets.compare_digest(presented.encode("utf-8"), kiosk["device_secret"].encode("utf-8")):
            abort(401)
        if kiosk["device_id"] != device_id:
            abort(401)
        g.depot_code = kiosk["depot_code"]
        g.kiosk_id = kiosk["device_id"]
        return view(*args, **kwargs)

    return wrapper


@kiosk_required
def record_weighing():
    payload = request.get_json(force=True)
    get_db().execute(
        "INSERT INTO weighings (kiosk_id, depot_code, vehicle_reg, gross_kg, tare_kg) VALUES (?, ?, ?, ?, ?)",
        (g.kiosk_id, g.depot_code, payload["vehicle_reg"], int(payload["gross_kg"]), int(payload["tare_kg"])),
    )
    get_db().commit()
    return {"recorded": True}
