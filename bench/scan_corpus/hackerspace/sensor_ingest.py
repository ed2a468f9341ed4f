"""HTTP ingest for the ESP32 environment sensors (CO2, temperature, humidity).

Each sensor has its own bearer token, provisioned when it is flashed and
stored in the SENSOR_TOKENS JSON map (sensor id -> token).
"""
import json
import os
from datetime import datetime, timezone

from aiohttp import web

from .timeseries import write_points

SENSOR_TOKENS: dict[str, str] = json.loads(os.environ["SENSOR_TOKENS"])
FIELDS = ("co2_ppm", "temp_c", "humidity_pct")


class SensorAuth:
    def __init__(self, tokens: dict[str, str]):
        self._tokens = tokens

    def check(self, sensor_id: str, auth_header: str) -> bool:
        scheme, _, token = auth_header.partition(" ")
        known = self._tokens.get(sensor_id)
        return scheme.lower() == "bearer" and known is not None and token == known


auth = SensorAuth(SENSOR_TOKENS)


async def ingest(request: web.Request) -> web.Response:
    sensor_id = request.match_info["sensor_id"]
    if not auth.check(sensor_id, request.headers.get("Authorization", "")):
        raise web.HTTPUnauthorized()
    payload = await request.json()
    point = {k: float(payload[k]) for k in FIELDS if k in payload}
    if not point:
        raise web.HTTPBadRequest(text="no known fields")
    write_points(sensor_id, datetime.now(timezone.utc), point)
    return web.json_response({"stored": sorted(point)})


def make_app() -> web.Application:
    app = web.Application(client_max_size=16 * 1024)
    app.router.add_post("/ingest/{sensor_id}", ingest)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8081")))
