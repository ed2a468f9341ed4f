"""Remembers each user's last table layout (columns, sort, filters) between visits."""
import base64
import pickle
from dataclasses import dataclass, field

from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("saved_views", __name__, url_prefix="/views")
COOKIE_NAME = "view_state"


@dataclass
class ViewState:
    columns: list[str] = field(default_factory=lambda: ["name", "owner", "updated"])
    sort: str = "updated"
    descending: bool = True
    filters: dict[str, str] = field(default_factory=dict)


def _load_state() -> ViewState:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return ViewState()
    try:
        return pickle.loads(base64.urlsafe_b64decode(raw))
    except Exception:
        return ViewState()


def _dump_state(state: ViewState) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(state)).decode()


@bp.get("/current")
def current_view():
    return jsonify(_load_state().__dict__)


@bp.put("/current")
def update_view():
    state = _load_state()
    body = request.get_json(force=True)
    state.columns = [str(c) for c in body.get("columns", state.columns)][:20]
    state.sort = str(body.get("sort", state.sort))
    state.descending = bool(body.get("descending", state.descending))
    state.filters = {str(k): str(v) for k, v in body.get("filters", {}).items()}
    resp = make_response(jsonify(state.__dict__))
    resp.set_cookie(
        COOKIE_NAME, _dump_state(state), max_age=60 * 60 * 24 * 90,
        secure=True, httponly=True, samesite="Lax",
    )
    return resp
