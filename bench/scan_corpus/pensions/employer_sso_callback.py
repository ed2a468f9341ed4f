"""SSO callback for payroll managers signing in to the employer portal."""
from __future__ import annotations

import os

import jwt
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

router = APIRouter(prefix="/employer/sso")

ALLOWED_ALGORITHMS = ["RS256", "ES256"]
_jwks = jwt.PyJWKClient(os.environ["EMPLOYER_IDP_JWKS_URL"], cache_keys=True)


def verify_assertion(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise jwt.InvalidAlgorithmError(f"unexpected alg {header.get('alg')!r}")
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=os.environ["EMPLOYER_SSO_AUDIENCE"],
        issuer=os.environ["EMPLOYER_IDP_ISSUER"],
        options={"require": ["exp", "iat", "sub", "employer_id"]},
        leeway=30,
    )


@router.post("/callback")
async def sso_callback(request: Request, assertion: str = Form(...)):
    try:
        claims = verify_assertion(assertion)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid assertion")

    user = await request.app.state.employer_users.find(
        employer_id=claims["employer_id"], subject=claims["sub"]
    )
    if user is None:
        raise HTTPException(status_code=403, detail="user not enrolled")
    request.session["employer_user_id"] = user.id
    return RedirectResponse("/employer/dashboard", status_code=303)
