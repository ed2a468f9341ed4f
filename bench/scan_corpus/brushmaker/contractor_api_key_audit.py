"""Authentication of contractor ERP integrations by API key.

Keys are issued as "bk_<key_id>_<secret>"; only a hash of the secret part is
stored, and the key id is used for lookup, rate limiting and audit logs.
"""
import hashlib
import hmac
import logging

from django.http import JsonResponse
from django.utils import timezone

from integrations.models import ContractorApiKey

audit = logging.getLogger("integrations.audit")


class ApiKeyFormatError(ValueError):
    pass


def split_key(raw: str) -> tuple[str, str]:
    prefix, sep, rest = raw.partition("_")
    key_id, sep2, secret = rest.partition("_")
    if prefix != "bk" or not sep or not sep2 or not key_id or not secret:
        raise ApiKeyFormatError("malformed key")
    return key_id, secret


class ContractorApiKeyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/erp/"):
            return self.get_response(request)
        raw = request.headers.get("X-Api-Key", "")
        try:
            key_id, secret = split_key(raw)
        except ApiKeyFormatError:
            return JsonResponse({"error": "api key required"}, status=401)
        record = ContractorApiKey.objects.filter(key_id=key_id, revoked_at__isnull=True).first()
        digest = hashlib.sha256(secret.encode()).hexdigest()
        if record is None or not hmac.compare_digest(digest, record.secret_sha256):
            audit.warning("rejected api key id=%s path=%s ip=%s", key_id, request.path,
                          request.META.get("REMOTE_ADDR"))
            return JsonResponse({"error": "invalid api key"}, status=401)
        ContractorApiKey.objects.filter(pk=record.pk).update(last_used_at=timezone.now())
        request.contractor_id = record.contractor_id
        audit.info("api key id=%s contractor=%s %s %s", key_id, record.contractor_id,
                   request.method, request.path)
        return self.get_response(request)
