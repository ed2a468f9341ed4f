"""Public, read-only menu feed consumed by partner recipe sites and the marketing CMS.

No authentication and no cookies: the feed only exposes published recipes.
"""
from __future__ import annotations

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .catalogue import published_recipes_for_week, recipe_by_slug

app = FastAPI(title="Public menu feed", docs_url="/docs")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=86400,
)


@app.get("/v1/weeks/{week}/recipes")
def weekly_recipes(week: str):
    recipes = published_recipes_for_week(week)
    return {
        "week": week,
        "recipes": [
            {"slug": r.slug, "title": r.title, "prep_minutes": r.prep_minutes, "image": r.hero_url}
            for r in recipes
        ],
    }


@app.get("/v1/recipes/{slug}")
def recipe(slug: str):
    r = recipe_by_slug(slug)
    if r is None or not r.published:
        raise HTTPException(status_code=404)
    return {"slug": r.slug, "title": r.title, "steps": r.steps, "allergens": r.allergens}
