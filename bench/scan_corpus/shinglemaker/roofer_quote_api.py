"""FastAPI app serving quotes and order status to the roofer web and mobile front ends."""

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from shinglemaker.auth import current_roofer
from shinglemaker.config import settings
from shinglemaker.quoting import list_quotes_for_account, quote_detail

FRONTEND_ORIGINS = [
    "https://portal.shinglemaker.com",
    "https://app.shinglemaker.com",
]
if settings.ENVIRONMENT == "staging":
    FRONTEND_ORIGINS.append("https://staging-portal.shinglemaker.com")


def create_app() -> FastAPI:
    app = FastAPI(title="Roofer Quotes API", version="1.8.0")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=FRONTEND_ORIGINS,
        allow_credentials=True,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )

    @app.get("/quotes")
    async def quotes(account=Depends(current_roofer)):
        return await list_quotes_for_account(account.id)

    @app.get("/quotes/{quote_number}")
    async def quote(quote_number: str, account=Depends(current_roofer)):
        return await quote_detail(account.id, quote_number)

    @app.get("/health")
    async def health():
        return {"ok": True}

    return app


app = create_app()
