"""Enquiry and quote API for living-willow sculpture commissions.

The farm's marketing site (a separate static site) posts enquiry forms here
and, for returning clients who are signed in, shows the status of their
quotes.
"""

import os
from datetime import date

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, EmailStr

from osierbed.commissions.store import create_enquiry, quotes_for_client, session_client_id

app = FastAPI()

SITE_ORIGINS = [
    "https://www.osierbedfarm.co.uk",
    "https://osierbedfarm.co.uk",
]
if os.environ.get("DEPLOY_ENV") == "staging":
    SITE_ORIGINS.append("https://staging.osierbedfarm.co.uk")

app.add_middleware(
    CORSMiddleware,
    allow_origins=SITE_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type"],
)


class Enquiry(BaseModel):
    name: str
    email: EmailStr
    postcode: str
    structure: str
    preferred_planting: date | None = None
    message: str = ""


@app.post("/enquiries", status_code=201)
def submit_enquiry(enquiry: Enquiry):
    reference = create_enquiry(enquiry.model_dump())
    return {"reference": reference}


@app.get("/my/quotes")
def my_quotes(osb_client_sid: str | None = Cookie(default=None)):
    client_id = session_client_id(osb_client_sid) if osb_client_sid else None
    if client_id is None:
        raise HTTPException(status_code=401)
    return {"quotes": quotes_for_client(client_id)}
