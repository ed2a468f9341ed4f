"""Order-at-table: scanning the QR code on a table opens a short-lived session
tied to that table's open check."""
import secrets

from fastapi import APIRouter, HTTPException, Request, Response

from .checks import open_check_for_table
from .sessions import create_table_session, resolve_table_session

router = APIRouter(prefix="/t")

COOKIE_NAME = "table_session"
COOKIE_MAX_AGE = 3 * 60 * 60


@router.post("/{venue_slug}/{table_code}/start")
def start_session(venue_slug: str, table_code: str, response: Response):
    check = open_check_for_table(venue_slug, table_code)
    if check is None:
        raise HTTPException(status_code=404, detail="table not found")
    token = secrets.token_urlsafe(32)
    create_table_session(token, check.id, ttl=COOKIE_MAX_AGE)
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=COOKIE_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="strict",
        path="/t",
    )
    return {"table": check.table_label, "venue": venue_slug}


@router.get("/current")
def current(request: Request):
    token = request.cookies.get(COOKIE_NAME)
    check = resolve_table_session(token) if token else None
    if check is None:
        raise HTTPException(status_code=401, detail="scan the table QR code again")
    return {"table": check.table_label, "items": [i.as_dict() for i in check.items]}
