"""Public, read-only course catalogue API.

Department websites pull course listings from here with plain fetch()
calls; no cookies or auth headers are involved.
"""
import os

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .catalog import CatalogRepository

app = FastAPI(title="Course Catalogue", version="1.4")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)

repo = CatalogRepository(os.environ["CATALOG_DATABASE_URL"])


@app.get("/v1/courses")
async def list_courses(
    term: str = Query(..., pattern=r"^\d{4}-(spring|summer|fall)$"),
    department: str | None = Query(None, max_length=10),
    page: int = Query(1, ge=1),
):
    return await repo.published_courses(term=term, department=department, page=page, page_size=50)


@app.get("/v1/courses/{course_code}")
async def course_detail(course_code: str, term: str):
    course = await repo.published_course(course_code, term)
    if course is None:
        raise HTTPException(status_code=404)
    return course
