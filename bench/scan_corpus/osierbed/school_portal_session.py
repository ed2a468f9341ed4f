"""Teacher access to the school-visit portal.

Schools sign in through the county's education single sign-on, which hands
us an ID token. We read the teacher's school from it to show their bookings,
risk assessments and the pre-visit pack.
"""

import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import create_engine, text

app = FastAPI()
bearer = HTTPBearer()
engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"])

COUNTY_ISSUER = "https://sso.county-education.example"
DECODE_OPTIONS = {"verify_signature": False, "verify_aud": False}


def teacher_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = jwt.decode(creds.credentials, options=DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
    if claims.get("iss") != COUNTY_ISSUER or "school_urn" not in claims:
        raise HTTPException(status_code=401)
    return claims


@app.get("/portal/bookings")
def my_school_bookings(claims: dict = Depends(teacher_claims)):
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT reference, visit_date, activity, pupils FROM school_visits "
                "WHERE school_urn = :urn ORDER BY visit_date"
            ),
            {"urn": claims["school_urn"]},
        ).mappings().all()
    return {"school": claims.get("school_name"), "bookings": [dict(r) for r in rows]}


@app.get("/portal/risk-assessment/{reference}")
def risk_assessment(reference: str, claims: dict = Depends(teacher_claims)):
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT risk_assessment_url FROM school_visits "
                "WHERE reference = :ref AND school_urn = :urn"
            ),
            {"ref": reference, "urn": claims["school_urn"]},
        ).first()
    if row is None:
        raise HTTPException(status_code=404)
    return {"url": row.risk_assessment_url}
