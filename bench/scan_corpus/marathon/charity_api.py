"""Charity fundraising page API consumed by the charity partner widgets."""
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from charity.auth import current_runner
from charity.repository import FundraisingRepo

app = FastAPI(title="Charity Pages")

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

repo = FundraisingRepo(os.environ["CHARITY_DB_URL"])


class PageUpdate(BaseModel):
    headline: str = Field(max_length=120)
    story: str = Field(max_length=4000)
    target_pence: int = Field(ge=0, le=10_000_000)


@app.get("/pages/{slug}")
def get_page(slug: str):
    page = repo.get_by_slug(slug)
    if page is None:
        raise HTTPException(404)
    return {
        "slug": page.slug,
        "runner": page.display_name,
        "charity": page.charity_name,
        "raised_pence": page.raised_pence,
        "target_pence": page.target_pence,
    }


@app.patch("/pages/me")
def update_my_page(update: PageUpdate, runner=Depends(current_runner)):
    page = repo.update(runner.id, **update.model_dump())
    return {"slug": page.slug, "updated": True}
