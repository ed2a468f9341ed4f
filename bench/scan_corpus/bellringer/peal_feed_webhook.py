"""Starlette endpoint for the regional peal feed.

Neighbouring guilds push quarter-peal and peal notices for joint
performances; each push carries an HMAC over the raw body.
"""
import base64
import hashlib
import hmac
import json

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bellringer.peals import record_joint_performance
from bellringer.settings import settings


def _feed_key(guild_code: str) -> bytes | None:
    secret = settings.PEAL_FEED_KEYS.get(guild_code)
    return secret.encode("utf-8") if secret else None


def _signature_for(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).digest()


async def peal_feed(request: Request) -> Response:
    guild_code = request.path_params["guild"]
    key = _feed_key(guild_code)
    if key is None:
        return Response(status_code=404)
    body = await request.body()
    try:
        provided = base64.b64decode(request.headers.get("x-feed-signature", ""), validate=True)
    except ValueError:
        return Response(status_code=400)
    if not hmac.compare_digest(provided, _signature_for(key, body)):
        return Response(status_code=401)
    notice = json.loads(body)
    performance_id = await record_joint_performance(
        source_guild=guild_code,
        tower_dove_id=notice["tower"],
        rung_on=notice["date"],
        changes=int(notice["changes"]),
        method=notice["method"],
    )
    return JSONResponse({"recorded": performance_id}, status_code=201)


app = Starlette(routes=[Route("/feeds/{guild}/peals", peal_feed, methods=["POST"])])
