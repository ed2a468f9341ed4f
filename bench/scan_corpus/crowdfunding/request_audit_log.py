"""Audit logging middleware for the creator dashboard API.

Every mutating request is logged with its JSON body so compliance can
reconstruct who changed payout details. Sensitive fields are masked first.
"""

import json
import logging

audit_log = logging.getLogger("audit.requests")

SENSITIVE_KEYS = frozenset(
    {"password", "new_password", "token", "api_key", "iban", "account_number", "tax_id", "secret"}
)
MUTATING = {"POST", "PUT", "PATCH", "DELETE"}


def redact(value):
    if isinstance(value, dict):
        return {
            k: "***" if k.lower() in SENSITIVE_KEYS else redact(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


class AuditLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        audited = request.method in MUTATING and request.path.startswith("/api/creator/")
        if audited:
            try:
                body = json.loads(request.body or b"{}")
            except ValueError:
                body = {"_raw_length": len(request.body)}
        response = self.get_response(request)
        if audited:
            audit_log.info(
                "%s %s user=%s status=%s body=%s",
                request.method,
                request.path,
                getattr(request.user, "pk", None),
                response.status_code,
                json.dumps(redact(body), sort_keys=True),
            )
        return response
