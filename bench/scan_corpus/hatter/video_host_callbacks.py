"""Transcoding callbacks from the video host once a fitting video has been processed."""
import hashlib
import hmac
import logging

from aiohttp import web

from hatter.config import settings
from hatter.videos import mark_transcoded

log = logging.getLogger(__name__)


class CallbackVerifier:
    def __init__(self, secret: str):
        self._key = secret.encode()

    def sign(self, body: bytes) -> str:
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.sign(body), signature)


verifier = CallbackVerifier(settings.VIDEO_HOST_CALLBACK_SECRET)


async def transcoded(request: web.Request) -> web.Response:
    body = await request.read()
    signature = request.headers.get("X-Video-Signature", "")
    if not verifier.matches(body, signature):
        log.warning("rejected video callback from %s", request.remote)
        return web.Response(status=401)
    event = await request.json()
    await mark_transcoded(
        video_id=event["external_id"],
        playback_url=event["playback_url"],
        duration=event.get("duration"),
    )
    return web.Response(status=204)


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/callbacks/video-host", transcoded)
    return app
