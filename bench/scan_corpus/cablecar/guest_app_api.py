"""FastAPI application backing the guest mobile app (lift status, pass wallet, queue times)."""

from __future__ import annotations

import os
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from .passes import PassWallet, wallet_for_session
from .status import LineStatusBoard

CORS_SETTINGS: dict[str, Any] = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}


def create_app(board: LineStatusBoard | None = None) -> FastAPI:
    app = FastAPI(title="Guest API", version=os.environ.get("GUEST_API_VERSION", "dev"))
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.state.board = board or LineStatusBoard.from_env()

    @app.get("/lines")
    def lines(request: Request) -> list[dict[str, Any]]:
        return [line.as_dict() for line in request.app.state.board.lines()]

    @app.get("/lines/{line_id}/queue")
    def queue(line_id: str, request: Request) -> dict[str, Any]:
        line = request.app.state.board.get(line_id)
        return {"line": line_id, "wait_minutes": line.estimated_wait_minutes()}

    @app.get("/wallet")
    def wallet(w: PassWallet = Depends(wallet_for_session)) -> dict[str, Any]:
        return {
            "holder": w.holder_name,
            "passes": [p.as_dict() for p in w.passes],
            "balance_chf": str(w.balance),
        }

    @app.delete("/wallet/passes/{pass_id}")
    def unlink_pass(pass_id: str, w: PassWallet = Depends(wallet_for_session)) -> dict[str, str]:
        w.unlink(pass_id)
        return {"status": "unlinked"}

    return app


app = create_app()
