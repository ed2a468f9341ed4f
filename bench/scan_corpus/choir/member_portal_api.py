"""API for the singers' member portal (rehearsal calls, music downloads, tour forms)."""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

PORTAL_ORIGIN_PATTERN = r"https://(portal|www|members)\.nationalyouthchoir\.org\.uk"

CORS_SETTINGS = {
    "allow_origin_regex": PORTAL_ORIGIN_PATTERN,
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}

app = FastAPI(title="NYC member portal API", docs_url=None if os.environ.get("ENV") == "production" else "/docs")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


def current_singer(request: Request) -> dict:
    from portal.sessions import singer_for_session

    singer = singer_for_session(request.cookies.get("portal_session"))
    if singer is None:
        raise HTTPException(status_code=401, detail="Please sign in")
    return singer


@app.get("/me/calls")
def my_calls(singer: dict = Depends(current_singer)):
    from portal.rehearsals import calls_for_section

    return {"section": singer["section"], "calls": calls_for_section(singer["section"])}


@app.get("/me/music")
def my_music(singer: dict = Depends(current_singer)):
    from portal.library import downloads_for

    return {"downloads": downloads_for(singer["id"], singer["section"])}


@app.patch("/me/dietary")
def update_dietary(body: dict, singer: dict = Depends(current_singer)):
    from portal.touring import save_dietary_requirements

    notes = str(body.get("notes", ""))[:500]
    save_dietary_requirements(singer["id"], notes)
    return {"saved": True}


@app.post("/me/tour-consent")
def tour_consent(body: dict, singer: dict = Depends(current_singer)):
    from portal.touring import record_consent

    if singer.get("age", 0) < 18 and not body.get("guardian_name"):
        raise HTTPException(status_code=422, detail="Guardian name required for under-18s")
    record_consent(singer["id"], body.get("tour_code"), body.get("guardian_name"))
    return {"recorded": True}
