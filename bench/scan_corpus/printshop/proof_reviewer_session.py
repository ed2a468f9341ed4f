"""Guest reviewer sessions for proof approval.

A customer can invite a colleague to review a proof without an account. The
invite link exchanges its one-time code for a reviewer cookie scoped to /proofs.
"""
from datetime import timedelta

from flask import Blueprint, abort, redirect, request, url_for

from printshop.proofs import redeem_invite, reviewer_for_session

bp = Blueprint("reviewer", __name__, url_prefix="/proofs")

COOKIE_NAME = "ps_reviewer"
_COOKIE_OPTS = {
    "max_age": int(timedelta(hours=12).total_seconds()),
    "path": "/proofs",
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
}


@bp.get("/invite/<code>")
def accept_invite(code: str):
    invite = redeem_invite(code)
    if invite is None:
        abort(404)
    resp = redirect(url_for("reviewer.review", proof_id=invite.proof_id))
    resp.set_cookie(COOKIE_NAME, invite.session_token, **_COOKIE_OPTS)
    return resp


@bp.get("/<int:proof_id>/review")
def review(proof_id: int):
    reviewer = reviewer_for_session(request.cookies.get(COOKIE_NAME, ""), proof_id)
    if reviewer is None:
        abort(403)
    return redirect(url_for("proofs.viewer", proof_id=proof_id, as_guest=1))


@bp.post("/logout")
def logout():
    resp = redirect(url_for("public.home"))
    resp.delete_cookie(COOKIE_NAME, path=_COOKIE_OPTS["path"], secure=True, httponly=True, samesite="Lax")
    return resp
