"""API-key authentication for integration partners (call centres, FM companies).

Keys look like "lsk_<prefix>_<secret>". Only the prefix and a SHA-256 digest
of the full key are stored; keys are 32 random bytes, so a plain digest is
enough to avoid keeping them in the clear.
"""
import hashlib
import hmac

from rest_framework import authentication, exceptions

from .models import PartnerKey


def digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


class PartnerKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Api-Key"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode(errors="ignore")
        if not header:
            return None
        scheme, _, raw = header.partition(" ")
        if scheme != self.keyword or not raw.startswith("lsk_"):
            return None
        try:
            prefix = raw.split("_", 2)[1]
        except IndexError:
            raise exceptions.AuthenticationFailed("malformed key")
        record = PartnerKey.objects.filter(prefix=prefix, revoked=False).select_related("partner").first()
        if record is None or not hmac.compare_digest(record.key_digest, digest(raw)):
            raise exceptions.AuthenticationFailed("invalid key")
        return record.partner.service_user, record

    def authenticate_header(self, request):
        return self.keyword
