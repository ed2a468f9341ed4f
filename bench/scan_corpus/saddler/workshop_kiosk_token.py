"""Device tokens for the collection kiosk in the workshop lobby.

Owners collecting repaired tack scan their job ticket at the kiosk.
The kiosk authenticates to the back office with a device token that
is rotated monthly through the admin screen.
"""
import os
import secrets
from functools import wraps

from flask import Flask, abort, g, jsonify, request

from repairs.store import RepairStore

app = Flask(__name__)
app.config["KIOSK_TOKENS"] = {
    name.removeprefix("KIOSK_TOKEN_").lower(): value
    for name, value in os.environ.items()
    if name.startswith("KIOSK_TOKEN_")
}


def kiosk_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        device = request.headers.get("X-Kiosk-Id", "").lower()
        presented = request.headers.get("X-Kiosk-Token", "")
        expected = app.config["KIOSK_TOKENS"].get(device)
        if not expected or not secrets.compare_digest(presented.encode(), expected.encode()):
            abort(401)
        g.kiosk = device
        return view(*args, **kwargs)

    return wrapper


@app.get("/kiosk/jobs/<int:job_id>")
@kiosk_required
def job_status(job_id: int):
    job = RepairStore().get(job_id)
    if job is None:
        abort(404)
    return jsonify(
        {
            "job": job.id,
            "item": job.item_description,
            "status": job.status,
            "ready_for_collection": job.status == "ready",
            "balance_due": str(job.balance_due),
        }
    )
