"""Ingest endpoint for anti-cheat client telemetry uploads.

The desktop agent batches frame-timing and input samples, compresses the
batch and POSTs it at the end of each map.
"""
import logging
import pickle
import zlib

from aiohttp import web

from anticheat.auth import player_from_request
from anticheat.queue import enqueue_for_analysis

log = logging.getLogger(__name__)
MAX_UPLOAD = 8 * 1024 * 1024

routes = web.RouteTableDef()


def _decode_batch(raw: bytes) -> dict:
    return pickle.loads(zlib.decompress(raw))


@routes.post("/v1/telemetry/{match_id}")
async def upload_telemetry(request: web.Request) -> web.Response:
    player = await player_from_request(request)
    if player is None:
        raise web.HTTPUnauthorized()
    raw = await request.read()
    try:
        batch = _decode_batch(raw)
    except Exception:
        log.info("undecodable telemetry from player %s", player.id)
        raise web.HTTPBadRequest(text="bad telemetry batch")
    match_id = int(request.match_info["match_id"])
    samples = batch.get("samples", [])
    await enqueue_for_analysis(player_id=player.id, match_id=match_id, samples=samples)
    return web.json_response({"accepted": len(samples)})


def make_app() -> web.Application:
    app = web.Application(client_max_size=MAX_UPLOAD)
    app.add_routes(routes)
    return app
