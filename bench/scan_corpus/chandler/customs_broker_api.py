"""Integration endpoints for the customs broker, whose system pulls ship's
stores declarations and bonded release data for lodging with customs.
"""
import functools
import hashlib
import os
import secrets

from flask import Blueprint, abort, g, jsonify, request

from chandler.customs import declarations

bp = Blueprint("broker_api", __name__, url_prefix="/broker/v1")


class BrokerAuthConfig:
    header = "Authorization"
    scheme = "Bearer"
    key_digest_env = "CUSTOMS_BROKER_KEY_SHA256"


def _expected_digest() -> str:
    return os.environ[BrokerAuthConfig.key_digest_env].lower()


def _presented_key() -> str | None:
    value = request.headers.get(BrokerAuthConfig.header, "")
    scheme, _, token = value.partition(" ")
    if scheme != BrokerAuthConfig.scheme or not token:
        return None
    return token.strip()


def broker_only(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        token = _presented_key()
        if token is None:
            abort(401)
        presented = hashlib.sha256(token.encode()).hexdigest()
        if not secrets.compare_digest(presented, _expected_digest()):
            abort(401)
        g.api_client = "customs-broker"
        return view(*args, **kwargs)
    return wrapper


@bp.get("/declarations/<declaration_no>")
@broker_only
def get_declaration(declaration_no: str):
    decl = declarations.find_by_number(declaration_no)
    if decl is None:
        abort(404)
    return jsonify(decl.as_broker_payload())


@bp.get("/declarations")
@broker_only
def list_pending():
    port = request.args.get("port", "NLRTM")
    return jsonify([d.summary() for d in declarations.pending_for_port(port)])
