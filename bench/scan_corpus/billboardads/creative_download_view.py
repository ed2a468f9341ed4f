"""Creative file downloads for the advertiser portal.

Advertisers can download the artwork files attached to their own
campaigns, e.g. to reuse a 48-sheet file for another booking.
"""
from __future__ import annotations

import os

from flask import Flask, abort, g, request, send_file
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.from_prefixed_env()

CREATIVE_ROOT = os.environ.get("CREATIVE_ROOT", "/srv/creatives")
engine = create_engine(os.environ["PORTAL_DATABASE_URL"], pool_pre_ping=True)


def _campaign_owned_by(campaign_id: int, advertiser_id: int) -> bool:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT 1 FROM campaigns WHERE id = :cid AND advertiser_id = :aid"),
            {"cid": campaign_id, "aid": advertiser_id},
        ).first()
    return row is not None


@app.before_request
def load_advertiser() -> None:
    advertiser_id = request.headers.get("X-Authenticated-Advertiser")
    if not advertiser_id:
        abort(401)
    g.advertiser_id = int(advertiser_id)


@app.get("/campaigns/<int:campaign_id>/creatives")
def list_creatives(campaign_id: int):
    if not _campaign_owned_by(campaign_id, g.advertiser_id):
        abort(404)
    folder = os.path.join(CREATIVE_ROOT, str(campaign_id))
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(os.listdir(folder))}


@app.get("/campaigns/<int:campaign_id>/creatives/download")
def download_creative(campaign_id: int):
    if not _campaign_owned_by(campaign_id, g.advertiser_id):
        abort(404)
    name = request.args.get("file", "")
    if not name:
        abort(400)
    folder = os.path.join(CREATIVE_ROOT, str(campaign_id))
    try:
        return send_file(os.path.join(folder, name), as_attachment=True)
    except FileNotFoundError:
        abort(404)
