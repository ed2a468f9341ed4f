# Copyright {{ year }} {{ org_name }}
from __future__ import annotations

import json

from fastapi import FastAPI, Header, HTTPException, Request

from paywall.settings import Settings
from paywall.signatures import verify_signature
from paywall.store import EntitlementStore


def create_app(settings: Settings | None = None, store: EntitlementStore | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    store = store if store is not None else EntitlementStore()
    app = FastAPI(title="{{ org_name }} paywall")
    app.state.store = store

    @app.post("/webhooks/payrail")
    async def payrail_webhook(request: Request, payrail_signature: str | None = Header(default=None)):
        body = await request.body()
        if not verify_signature(body, payrail_signature, settings.webhook_secret,
                                tolerance=settings.signature_tolerance_s):
            raise HTTPException(status_code=400, detail="invalid signature")
        try:
            event = json.loads(body)
        except ValueError:
            raise HTTPException(status_code=400, detail="invalid JSON") from None
        return {"received": True, "handled": store.apply_event(event)}

    return app


app = create_app()
