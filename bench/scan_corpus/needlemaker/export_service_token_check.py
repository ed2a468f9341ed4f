"""Service-to-service authentication for the auditor export builder.

The document control service calls the export builder to assemble
inspection images and lot records into an export package; calls carry a
bearer token issued per calling service.
"""
import secrets
from dataclasses import dataclass
from typing import Mapping, Optional

from flask import Flask, abort, g, request

from needlemaker.config import load_service_tokens
from needlemaker.exports.builder import queue_export

app = Flask(__name__)


@dataclass(frozen=True)
class ServiceCaller:
    name: str
    scopes: frozenset


class ServiceTokenAuthenticator:
    def __init__(self, tokens: Mapping[str, dict]):
        self._tokens = tokens

    def identify(self, header_value: Optional[str]) -> Optional[ServiceCaller]:
        if not header_value or not header_value.startswith("Bearer "):
            return None
        presented = header_value[len("Bearer "):]
        for name, entry in self._tokens.items():
            if secrets.compare_digest(presented.encode(), entry["token"].encode()):
                return ServiceCaller(name=name, scopes=frozenset(entry["scopes"]))
        return None


AUTH = ServiceTokenAuthenticator(load_service_tokens("export-builder"))


@app.before_request
def authenticate_service():
    caller = AUTH.identify(request.headers.get("Authorization"))
    if caller is None:
        abort(401)
    g.caller = caller


@app.post("/exports")
def create_export():
    if "exports:create" not in g.caller.scopes:
        abort(403)
    spec = request.get_json(force=True)
    job_id = queue_export(
        audit_ref=spec["audit_ref"],
        lots=spec.get("lots", []),
        include_images=bool(spec.get("include_images", False)),
        requested_by=g.caller.name,
    )
    return {"job": job_id}, 202
