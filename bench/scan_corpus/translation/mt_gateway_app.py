"""HTTP front end of the machine-translation gateway.

Called from the browser-based CAT editor on the agency's own domains.
"""
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from mt_gateway.auth import current_user
from mt_gateway.router import EngineRouter

ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("MT_GATEWAY_ALLOWED_ORIGINS", "").split(",")
    if origin.strip()
]

app = FastAPI(title="MT gateway")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["POST", "GET"],
    allow_headers=["Content-Type", "X-Request-Id"],
)
engines = EngineRouter.from_env()


class TranslateRequest(BaseModel):
    source_lang: str = Field(min_length=2, max_length=10)
    target_lang: str = Field(min_length=2, max_length=10)
    segments: list[str] = Field(max_length=200)
    engine: str | None = None


@app.post("/v1/translate")
async def translate(req: TranslateRequest, user=Depends(current_user)):
    if not engines.supports(req.source_lang, req.target_lang):
        raise HTTPException(status_code=422, detail="language pair not enabled")
    engine = engines.pick(req.engine, account=user.account_id)
    translations = await engine.translate(req.segments, req.source_lang, req.target_lang)
    return {"engine": engine.name, "translations": translations}


@app.get("/v1/engines")
async def list_engines(user=Depends(current_user)):
    return {"engines": engines.available_for(user.account_id)}
