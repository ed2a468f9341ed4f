"""aiohttp service that receives claim adjudication callbacks from payers."""
import hashlib
import hmac
import json
import logging
import os

from aiohttp import web

log = logging.getLogger("payer_webhook")

WEBHOOK_SECRET = os.environ["PAYER_WEBHOOK_SECRET"].encode()


def _signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


async def adjudication_callback(request: web.Request) -> web.Response:
    body = await request.read()
    sent = request.headers.get("X-Payer-Signature", "")
    if sent != _signature(body):
        raise web.HTTPUnauthorized(text="signature mismatch")

    event = json.loads(body)
    claims_repo = request.app["claims_repo"]
    await claims_repo.record_adjudication(
        claim_id=event["claimId"],
        status=event["status"],
        paid_amount=event.get("paidAmount"),
        reject_codes=event.get("rejectCodes", []),
    )
    log.info("claim %s adjudicated: %s", event["claimId"], event["status"])
    return web.json_response({"received": True})


def build_app(claims_repo) -> web.Application:
    app = web.Application(client_max_size=256 * 1024)
    app["claims_repo"] = claims_repo
    app.router.add_post("/callbacks/adjudication", adjudication_callback)
    return app


if __name__ == "__main__":
    from claims.repository import ClaimsRepository

    web.run_app(build_app(ClaimsRepository.from_env()), port=int(os.environ.get("PORT", "8080")))
