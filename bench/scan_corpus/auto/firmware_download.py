"""Serves firmware images to vehicles during an OTA campaign."""
import os

from flask import Flask, abort, request, send_file

from ota.auth import require_vehicle_cert
from ota.campaigns import campaign_allows

app = Flask(__name__)
FIRMWARE_DIR = os.environ.get("FIRMWARE_DIR", "/srv/ota/firmware")


@app.get("/ota/v1/images")
@require_vehicle_cert
def download_image():
    campaign_id = request.args.get("campaign", "")
    filename = request.args.get("file", "")
    if not campaign_allows(campaign_id, request.vehicle_vin):
        abort(403)
    path = os.path.join(FIRMWARE_DIR, campaign_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/octet-stream", as_attachment=True)
